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
package io.github.camelkommo.docs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.KommoOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code src/main/docs/kommo-component.adoc}, where Camel's tooling looks for a component's page, carries the option
 * and header tables of the catalog JSON that camel-package-maven-plugin generates; this test fails when they disagree. To rewrite the tables from the catalog:
 * {@code mvn -pl camel-kommo-component test -Dtest=KommoComponentDocTest -Dkommo.doc.update=true}.
 */
class KommoComponentDocTest {

    private static final Path DOC = Path.of("src", "main", "docs", "kommo-component.adoc");
    private static final String START = "// component options: START\n";
    private static final String END = "// component options: END\n";

    @Test
    void docTablesMatchTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelkommo/kommo.json")) {
            assertThat(in).as("the generated catalog JSON").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        String tables = tables(catalog);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("marker " + START.trim() + " in " + DOC).isNotNegative();
        assertThat(end).as("marker " + END.trim() + " in " + DOC).isGreaterThan(start);
        String current = doc.substring(start + START.length(), end);
        if (Boolean.getBoolean("kommo.doc.update")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + tables + doc.substring(end),
                    StandardCharsets.UTF_8);
            current = tables;
        }
        assertThat(current).as(DOC + " option tables (rewrite them with -Dkommo.doc.update=true)").isEqualTo(tables);
        assertThat(catalog.path("componentProperties").size()).isGreaterThan(20);
    }

    @Test
    void uriFormatListsEveryEntityWithItsOperationsAndEveryOperation() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String start = "// entities and operations: START\n";
        String section = doc.substring(doc.indexOf(start) + start.length(),
                doc.indexOf("// entities and operations: END\n"));
        String entities = Arrays.stream(KommoEntity.values())
                .map(e -> "| `" + e + "` | " + e.operations().stream().map(o -> "`" + o + "`")
                        .collect(Collectors.joining(", ")) + "\n")
                .collect(Collectors.joining());
        String operations = Arrays.stream(KommoOperation.values()).map(o -> "* `" + o + "`: ")
                .collect(Collectors.joining());

        assertThat(section).as(DOC + ": the table of entities and their operations").contains("| Entity | Operations\n"
                                                                                              + entities + "|===\n");
        assertThat(section.lines().filter(l -> l.startsWith("* `")).map(l -> l.substring(0, l.indexOf(':') + 2))
                .collect(Collectors.joining())).as(DOC + ": the list of operations").isEqualTo(operations);
        assertThat(doc).contains("`entity` is one of the " + KommoEntity.values().length + " below")
                .contains("The " + KommoOperation.values().length + " operations:");
    }

    private static String tables(JsonNode catalog) {
        StringBuilder sb = new StringBuilder();
        table(sb, "Component options", "The kommo component supports " + catalog.path("componentProperties").size()
                                       + " options: set them on the component, or as `camel.component.kommo.<option>`.",
                catalog.path("componentProperties"), false);
        table(sb, "Endpoint options", "The kommo endpoint is configured using URI syntax `" + catalog.path("component")
                .path("syntax").asText() + "` with " + catalog.path("properties").size() + " options.",
                catalog.path("properties"), true);
        sb.append("=== Message headers\n\n");
        sb.append(
                "[width=\"100%\",cols=\"2,4,1,1\",options=\"header\"]\n|===\n| Name | Description | Type | Used by\n");
        for (Map.Entry<String, JsonNode> header : fields(catalog.path("headers"))) {
            JsonNode h = header.getValue();
            sb.append("| `").append(header.getKey()).append("` | ").append(cell(h.path("description").asText()))
                    .append(" | `").append(simple(h.path("javaType").asText())).append("` | ")
                    .append(h.path("label").asText("common").isEmpty() ? "common" : h.path("label").asText("common"))
                    .append('\n');
        }
        sb.append("|===\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, String title, String intro, JsonNode options, boolean withKind) {
        sb.append("=== ").append(title).append("\n\n").append(intro).append("\n\n");
        sb.append(
                "[width=\"100%\",cols=\"2,5,1,1\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : fields(options)) {
            JsonNode o = option.getValue();
            String name = "`" + option.getKey() + "`"
                          + (withKind && o.path("kind").asText().equals("path") ? " (path)" : "")
                          + (o.path("required").asBoolean() ? " *required*" : "");
            String description = o.path("description").asText()
                                 + (o.has("enum") ? " Choices: " + String.join(", ", values(o.path("enum"))) + "." : "")
                                 + (o.path("secret").asBoolean() ? " Secret: masked in logs and shown URIs." : "");
            sb.append("| ").append(name).append(" (").append(o.path("group").asText()).append(") | ")
                    .append(cell(description)).append(" | ")
                    .append(o.has("defaultValue") ? "`" + o.path("defaultValue").asText() + "`" : "")
                    .append(" | `").append(o.path("type").asText()).append("`\n");
        }
        sb.append("|===\n\n");
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }

    private static java.util.List<String> values(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add("`" + v.asText() + "`"));
        return values;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String simple(String javaType) {
        return javaType.replace("java.lang.", "").replace("java.util.", "").replace("java.time.", "");
    }
}
