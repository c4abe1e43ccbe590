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
package io.github.camelkommo.maven.schema;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelkommo.sandbox.KommoSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaReaderTest {

    @Test
    void readsTheSchemaThroughTheComponentAndWritesAStableFile(@TempDir Path dir) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            KommoConnection connection = new KommoConnection(sandbox.baseUrl(), null, null, sandbox.token());
            AccountSchema schema = new SchemaReader().read(connection);

            assertThat(schema.account().subdomain()).isEqualTo("sandbox");
            assertThat(schema.fields("leads")).extracting(AccountSchema.Field::name)
                    .contains("Source", "Discount", "Products");
            assertThat(schema.fields("leads")).filteredOn(f -> f.name().equals("Source")).singleElement()
                    .satisfies(f -> assertThat(f.options()).extracting(AccountSchema.Option::value)
                            .containsExactly("Website", "Referral", "Cold call", "Exhibition"));
            assertThat(schema.fields("contacts")).extracting(AccountSchema.Field::code).contains("PHONE", "EMAIL");
            assertThat(schema.fieldGroups().get("leads")).extracting(AccountSchema.Group::name)
                    .containsExactly("Main", "Delivery");
            assertThat(schema.pipelines()).extracting(AccountSchema.Pipeline::name).containsExactly("Sales",
                    "Partners");
            assertThat(schema.pipelines().get(0).stages()).extracting(AccountSchema.Stage::name).contains("Qualified");
            assertThat(schema.users()).hasSize(3);
            assertThat(schema.taskTypes()).extracting(AccountSchema.Named::code).contains("FOLLOW_UP", "MEETING");
            assertThat(schema.lossReasons()).extracting(AccountSchema.Named::name).contains("Too expensive");

            Path first = dir.resolve("first.json");
            Path second = dir.resolve("second.json");
            SchemaFile.write(schema, first);
            SchemaFile.write(new SchemaReader().read(connection), second);
            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
            assertThat(SchemaFile.read(first)).isEqualTo(schema);
        }
    }

    @Test
    void aMissingSnapshotSaysHowToMakeOne(@TempDir Path dir) {
        assertThatThrownBy(() -> SchemaFile.read(dir.resolve("kommo-schema.json")))
                .hasMessageContaining("write one with the snapshot goal");
    }
}
