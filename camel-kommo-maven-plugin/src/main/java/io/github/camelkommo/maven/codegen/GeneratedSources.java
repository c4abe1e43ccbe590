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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import io.github.camelkommo.maven.naming.SchemaNames;
import io.github.camelkommo.maven.schema.AccountSchema;

/**
 * Writes the Java sources of a schema into a package: the handle types, {@code LeadFields}, {@code ContactFields},
 * {@code CompanyFields}, {@code Pipelines}, {@code Users}, {@code TaskTypes} and {@code LossReasons}. The same
 * schema always gives the same files (nothing time-dependent is written).
 */
public final class GeneratedSources {

    private final String packageName;

    /**
     * @param packageName the package of the generated classes
     * @throws IllegalArgumentException when it is no valid Java package name
     */
    public GeneratedSources(String packageName) {
        if (packageName == null || !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name; set packageName "
                                               + "(-Dkommo.packageName), e.g. com.acme.crm.kommo");
        }
        this.packageName = packageName;
    }

    /**
     * Writes the sources of a schema below a source root.
     *
     * @param origin where the schema came from, for the Javadoc (a snapshot file, or "the live account")
     * @return the files written
     */
    public List<JavaFile> write(AccountSchema schema, String origin, Path sourceRoot) throws IOException {
        List<JavaFile> files = files(schema, origin);
        for (JavaFile file : files) {
            file.writeTo(sourceRoot);
        }
        return files;
    }

    /** The sources of a schema. */
    public List<JavaFile> files(AccountSchema schema, String origin) {
        HandleTypes types = new HandleTypes(packageName);
        SchemaNames names = new SchemaNames(schema);
        String account = schema.account() == null ? "a Kommo account"
                                                  : "Kommo account " + schema.account().subdomain() + " ("
                                                    + schema.account().id() + ")";
        String source = account + ", from " + origin;
        List<JavaFile> files = new ArrayList<>(types.files());
        FieldClasses fields = new FieldClasses(types, names, source);
        for (String entity : AccountSchema.CARD_ENTITIES) {
            files.add(file(fields.of(entity, schema.fields(entity))));
        }
        ListClasses lists = new ListClasses(types, names, source);
        files.add(file(lists.pipelines(schema.pipelines())));
        files.add(file(lists.ids(SchemaNames.USERS, "The users", schema.users(), names::user)));
        files.add(file(lists.ids(SchemaNames.TASK_TYPES, "The task types (a task's task_type_id)",
                schema.taskTypes(), names::taskType)));
        files.add(file(lists.ids(SchemaNames.LOSS_REASONS, "Why leads are lost (a lead's loss_reason_id)",
                schema.lossReasons(), names::lossReason)));
        return files;
    }

    private JavaFile file(TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }

    /** {@code @Generated("io.github.camelkommo.maven")} for every generated class. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", "camel-kommo-maven-plugin").build();
    }

    /** Text safe inside Javadoc. */
    static String doc(String text) {
        return String.valueOf(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "\\\\u");
    }
}
