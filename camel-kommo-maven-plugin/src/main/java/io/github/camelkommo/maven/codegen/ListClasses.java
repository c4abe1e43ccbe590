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
import java.util.function.LongFunction;
import javax.lang.model.element.Modifier;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.camelkommo.maven.naming.SchemaNames;
import io.github.camelkommo.maven.schema.AccountSchema.Named;
import io.github.camelkommo.maven.schema.AccountSchema.Pipeline;
import io.github.camelkommo.maven.schema.AccountSchema.Stage;

import static io.github.camelkommo.maven.codegen.GeneratedSources.doc;

/**
 * {@code Pipelines} (each pipeline an instance of its own nested class whose constants are its stages:
 * {@code Pipelines.SALES.QUALIFIED}) and the id classes {@code Users}, {@code TaskTypes}, {@code LossReasons}
 * ({@code long} constants).
 */
final class ListClasses {

    private final HandleTypes types;
    private final SchemaNames names;
    private final String source;

    ListClasses(HandleTypes types, SchemaNames names, String source) {
        this.types = types;
        this.names = names;
        this.source = source;
    }

    TypeSpec pipelines(List<Pipeline> pipelines) {
        TypeSpec.Builder type = holder(SchemaNames.PIPELINES, "The lead pipelines and their stages");
        List<String> all = new ArrayList<>();
        for (Pipeline pipeline : pipelines) {
            String nested = names.pipelineClass(pipeline.id());
            String constant = names.pipeline(pipeline.id());
            all.add(constant);
            type.addType(pipelineClass(nested, pipeline));
            type.addField(FieldSpec.builder(ClassName.get("", nested), constant, Modifier.PUBLIC, Modifier.STATIC,
                    Modifier.FINAL).addJavadoc("$L$L, pipeline id $L.\n", doc(pipeline.name()),
                            pipeline.main() ? " (the main pipeline)" : "", pipeline.id())
                    .initializer("new $L()", nested).build());
        }
        type.addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), types.pipeline()))
                .addJavadoc("Every pipeline, in id order.\n")
                .addStatement("return $T.of($L)", List.class, String.join(", ", all)).build());
        return type.build();
    }

    private TypeSpec pipelineClass(String name, Pipeline pipeline) {
        TypeSpec.Builder nested = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).superclass(types.pipeline())
                .addJavadoc("The pipeline $L and its stages.\n", doc(pipeline.name()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement("super($LL, $S, $L)", pipeline.id(), pipeline.name(), pipeline.main()).build());
        List<String> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            String constant = names.stage(pipeline.id(), stage.id());
            stages.add(constant);
            nested.addField(FieldSpec.builder(types.stage(), constant, Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc("$L, stage id $L.\n", doc(stage.name()), stage.id())
                    .initializer("new $T($LL, $S, $LL)", types.stage(), stage.id(), stage.name(), pipeline.id())
                    .build());
        }
        nested.addMethod(MethodSpec.methodBuilder("stages").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), types.stage()))
                .addStatement("return $T.of($L)", List.class, String.join(", ", stages)).build());
        return nested.build();
    }

    TypeSpec ids(String className, String what, List<Named> items, LongFunction<String> constant) {
        TypeSpec.Builder type = holder(className, what);
        for (Named item : items) {
            type.addField(FieldSpec.builder(TypeName.LONG, constant.apply(item.id()), Modifier.PUBLIC,
                    Modifier.STATIC, Modifier.FINAL).addJavadoc("$L.\n", doc(item.name()))
                    .initializer("$LL", item.id()).build());
        }
        return type.build();
    }

    private TypeSpec.Builder holder(String className, String what) {
        return TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedSources.generated())
                .addJavadoc("$L of $L.\n", what, doc(source))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
}
