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
package io.github.camelkommo.maven.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.AccountSchema.Field;
import io.github.camelkommo.maven.schema.AccountSchema.Option;
import io.github.camelkommo.maven.schema.AccountSchema.Pipeline;
import io.github.camelkommo.maven.schema.AccountSchema.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SchemaDiffTest {

    private static AccountSchema schema(List<Field> leads, List<Pipeline> pipelines) {
        return new AccountSchema(null, Map.of("leads", leads), Map.of(), pipelines, List.of(), List.of(), List.of());
    }

    private static final AccountSchema COMMITTED = schema(List.of(
            new Field(1, "Budget", null, "numeric", null, null),
            new Field(2, "Source", null, "select", null, List.of(new Option(10, "Web"), new Option(11, "Fair"))),
            new Field(3, "Paid", null, "checkbox", null, null),
            new Field(4, "Region", null, "text", null, null)),
            List.of(new Pipeline(7, "Sales", true, List.of(new Stage(71, "Qualified", 0)))));

    private static final AccountSchema LIVE = schema(List.of(
            new Field(1, "Deal budget", null, "numeric", null, null),
            new Field(2, "Source", null, "select", null, List.of(new Option(10, "Website"))),
            new Field(3, "Paid", null, "text", null, null),
            new Field(5, "Region", null, "text", null, null)),
            List.of(new Pipeline(7, "Sales", true, List.of(new Stage(72, "Qualified lead", 0)))));

    @Test
    void namesEveryBreakingChangeByItsConstant() {
        List<SchemaChange> changes = SchemaDiff.between(COMMITTED, LIVE);
        assertThat(changes).filteredOn(SchemaChange::breaking).extracting(SchemaChange::description,
                SchemaChange::reference).containsExactly(
                        tuple("leads field \"Budget\" (id 1) was renamed to \"Deal budget\"",
                                "LeadFields.BUDGET"),
                        tuple("option \"Web\" (id 10) of leads field \"Source\" (id 2) was "
                              + "renamed to \"Website\"", "LeadFields.SOURCE.WEB"),
                        tuple("option \"Fair\" (id 11) of leads field \"Source\" (id 2) was "
                              + "removed", "LeadFields.SOURCE.FAIR"),
                        tuple("leads field \"Paid\" (id 3) changed type from checkbox to text",
                                "LeadFields.PAID"),
                        tuple("leads field \"Region\" (id 4) was removed and recreated with id 5 "
                              + "(the id in the code is stale)", "LeadFields.REGION"),
                        tuple("stage \"Qualified\" (id 71) of pipeline \"Sales\" (id 7) was "
                              + "removed", "Pipelines.SALES.QUALIFIED"));
        assertThat(changes).filteredOn(c -> !c.breaking()).extracting(SchemaChange::description).containsExactly(
                "new leads field \"Region\" (id 5, text)",
                "new stage \"Qualified lead\" (id 72) of pipeline \"Sales\" (id 7)");
    }

    @Test
    void findsUsesByConstantOrByFieldName(@TempDir Path project) throws Exception {
        Path java = project.resolve("src/main/java/Route.java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "class Route {\n  void a() { lead.field(LeadFields . SOURCE.WEB, 1); }\n"
                                + "  void b() { lead.field(\"budget\", 1); }\n}\n");
        CodeUsage usage = new CodeUsage(project, List.of(project.resolve("src")));
        List<SchemaChange> changes = SchemaDiff.between(COMMITTED, LIVE);
        assertThat(usage.firstUse(changes.get(0))).contains("src/main/java/Route.java:3");
        assertThat(usage.firstUse(changes.get(1))).contains("src/main/java/Route.java:2");
        assertThat(usage.firstUse(changes.get(2))).isEmpty();
    }
}
