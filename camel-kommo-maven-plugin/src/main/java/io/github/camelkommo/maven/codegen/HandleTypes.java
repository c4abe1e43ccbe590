/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelkommo.maven.codegen;

import java.util.List;
import javax.lang.model.element.Modifier;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;

/**
 * The four small value classes every generated package holds: {@code KommoField} (a
 * {@link io.github.camelkommo.model.FieldHandle}), {@code KommoOption} (an
 * {@link io.github.camelkommo.model.OptionHandle}), {@code KommoPipeline} and {@code KommoStage}. Each has its id,
 * name and, where it has them, its options or stages; equality is by class and id.
 */
final class HandleTypes {

    static final String FIELD = "KommoField";
    static final String OPTION = "KommoOption";
    static final String PIPELINE = "KommoPipeline";
    static final String STAGE = "KommoStage";

    private static final ClassName FIELD_HANDLE = ClassName.get("io.github.camelkommo.model", "FieldHandle");
    private static final ClassName OPTION_HANDLE = ClassName.get("io.github.camelkommo.model", "OptionHandle");

    private final String packageName;

    HandleTypes(String packageName) {
        this.packageName = packageName;
    }

    ClassName field() {
        return ClassName.get(packageName, FIELD);
    }

    ClassName option() {
        return ClassName.get(packageName, OPTION);
    }

    ClassName pipeline() {
        return ClassName.get(packageName, PIPELINE);
    }

    ClassName stage() {
        return ClassName.get(packageName, STAGE);
    }

    List<JavaFile> files() {
        TypeSpec field = value(FIELD, "A custom field of the account, usable wherever the component takes a field: "
                                      + "{@code lead.field(LeadFields.BUDGET, 1200)}.",
                FIELD_HANDLE, "fieldId", "fieldName", "fieldType", "its type: text, numeric, select, ...")
                .addMethod(listOf("options", option(), "The options of a select-like field, the enum codes of a "
                                                       + "phone or e-mail; empty for other fields."))
                .build();
        TypeSpec option = value(OPTION, "An option of a select-like custom field, or the enum code of a phone or "
                                        + "e-mail: {@code lead.field(LeadFields.SOURCE, LeadFields.SOURCE.WEB)}.",
                OPTION_HANDLE, "optionId", "label", null, null).build();
        TypeSpec pipeline = value(PIPELINE, "A lead pipeline of the account.", null, "id", "name", "isMain",
                "whether it is the account's main pipeline")
                .addMethod(listOf("stages", stage(), "Its stages, in id order."))
                .build();
        TypeSpec stage = value(STAGE, "A stage (status) of a pipeline: set a lead's status_id and pipeline_id from "
                                      + "{@code id()} and {@code pipelineId()}.",
                null, "id", "name", "pipelineId", "the pipeline it belongs to").build();
        return List.of(file(field), file(option), file(pipeline), file(stage));
    }

    private JavaFile file(TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec listOf(String name, ClassName element, String doc) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), element))
                .addJavadoc(doc + "\n")
                .addStatement("return $T.of()", List.class).build();
    }

    /**
     * A class with a long id, a String name and a third property (a String type, a boolean or a long), their
     * accessors, equals, hashCode and toString.
     */
    private static TypeSpec.Builder value(String name, String doc, ClassName handle, String id, String label,
                                          String third, String thirdDoc) {
        TypeName thirdType = third == null ? null
                                           : "isMain".equals(
                                                   third) ? TypeName.BOOLEAN
                                                          : "pipelineId".equals(third) ? TypeName.LONG
                                                                                       : ClassName.get(String.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc + "\n")
                .addAnnotation(GeneratedSources.generated());
        if (handle != null) {
            type.addSuperinterface(handle);
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("A handle; generated code creates them.\n")
                .addParameter(TypeName.LONG, "id").addParameter(String.class, "name")
                .addStatement("this.id = id").addStatement("this.name = name");
        type.addField(FieldSpec.builder(TypeName.LONG, "id", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addField(FieldSpec.builder(String.class, "name", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(accessor(id, TypeName.LONG, "id", "Its id in the account.", handle != null));
        type.addMethod(accessor(label, ClassName.get(String.class), "name",
                "Its name in Kommo.", handle != null));
        String shown = "name + \" (\" + id + \")\"";
        if (third != null) {
            type.addField(FieldSpec.builder(thirdType, "third", Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addParameter(thirdType, third).addStatement("this.third = $L", third);
            type.addMethod(accessor(third, thirdType, "third", "The " + thirdDoc + ".", handle != null));
            if ("fieldType".equals(third)) {
                shown = "name + \" (\" + third + \", \" + id + \")\"";
            }
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addParameter(Object.class, "other")
                .addStatement("return other != null && other.getClass() == getClass() && (($L) other).id == id", name)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(TypeName.INT).addStatement("return Long.hashCode(id)").build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return " + shown).build());
        return type;
    }

    private static MethodSpec accessor(String name, TypeName type, String field, String doc, boolean override) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
                .addStatement("return $L", field);
        if (override) {
            method.addAnnotation(Override.class);
        } else {
            method.addJavadoc(doc + "\n");
        }
        return method.build();
    }
}
