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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.camelkommo.maven.naming.SchemaNames;
import io.github.camelkommo.maven.schema.AccountSchema.Field;
import io.github.camelkommo.maven.schema.AccountSchema.Option;

import static io.github.camelkommo.maven.codegen.GeneratedSources.doc;

/**
 * {@code LeadFields}, {@code ContactFields}, {@code CompanyFields}: a constant per custom field; a field with options
 * is an instance of its own nested class whose constants are its options ({@code LeadFields.SOURCE.WEB}).
 */
final class FieldClasses {

    private final HandleTypes types;
    private final SchemaNames names;
    private final String source;

    FieldClasses(HandleTypes types, SchemaNames names, String source) {
        this.types = types;
        this.names = names;
        this.source = source;
    }

    TypeSpec of(String entity, List<Field> fields) {
        String className = SchemaNames.FIELD_CLASSES.get(entity);
        TypeSpec.Builder type = TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedSources.generated())
                .addJavadoc("The custom fields of $L in $L.\n<p>\nUse them with the component's custom fields by "
                            + "name: {@code lead.field($L.X, value)} to write, {@code lead.field($L.X)} to read.\n",
                        entity, doc(source), className, className)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder all = CodeBlock.builder();
        for (Field field : fields) {
            String constant = names.field(entity, field.id());
            String nested = names.fieldClass(entity, field.id());
            ClassName fieldType = nested == null ? types.field() : ClassName.get("", nested);
            CodeBlock init = nested == null
                                            ? CodeBlock.of("new $T($LL, $S, $S)", types.field(), field.id(),
                                                    field.name(), field.type())
                                            : CodeBlock.of("new $L()", nested);
            if (nested != null) {
                type.addType(optionsClass(nested, field, entity));
            }
            type.addField(FieldSpec.builder(fieldType, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", describe(field)).initializer(init).build());
            all.add(all.isEmpty() ? "$L" : ", $L", constant);
        }
        type.addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), types.field()))
                .addJavadoc("Every custom field of $L, in id order.\n", entity)
                .addStatement("return $T.of($L)", List.class, all.build()).build());
        return type.build();
    }

    private TypeSpec optionsClass(String name, Field field, String entity) {
        TypeSpec.Builder nested = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).superclass(types.field())
                .addJavadoc("The field $L and its options.\n", doc(field.name()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement("super($LL, $S, $S)", field.id(), field.name(), field.type()).build());
        List<String> constants = new ArrayList<>();
        for (Option option : field.options()) {
            String constant = names.option(field.id(), option.id());
            constants.add(constant);
            nested.addField(FieldSpec.builder(types.option(), constant, Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc("$L, option id $L.\n", doc(option.value()), option.id())
                    .initializer("new $T($LL, $S)", types.option(), option.id(), option.value()).build());
        }
        nested.addMethod(MethodSpec.methodBuilder("options").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), types.option()))
                .addStatement("return $T.of($L)", List.class, String.join(", ", constants)).build());
        return nested.build();
    }

    private static String describe(Field field) {
        StringBuilder text = new StringBuilder(doc(field.name())).append(" (").append(doc(field.type()))
                .append(valueHint(field.type())).append("), field id ").append(field.id());
        if (field.code() != null) {
            text.append(", code ").append(doc(field.code()));
        }
        return text.append('.').toString();
    }

    /** What Java value the component takes for a type. */
    private static String valueHint(String type) {
        return switch (String.valueOf(type).toLowerCase(Locale.ROOT)) {
            case "numeric", "price" -> ": a number";
            case "checkbox" -> ": a boolean";
            case "date", "birthday" -> ": a LocalDate, Instant or ISO text";
            case "date_time" -> ": a LocalDateTime, Instant or ISO text";
            case "select", "radiobutton" -> ": one of its options";
            case "multiselect" -> ": a list of its options";
            case "multitext" -> ": a value, a list, or a Map of option to value";
            default -> ": a String";
        };
    }
}
