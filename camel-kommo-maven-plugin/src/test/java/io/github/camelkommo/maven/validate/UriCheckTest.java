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
package io.github.camelkommo.maven.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UriCheckTest {

    private static UriCheck check;
    private static final Path FILE = Path.of("Routes.java");

    @BeforeAll
    static void catalog() throws Exception {
        check = new UriCheck(ComponentCatalog.load());
    }

    private List<String> problems(String uri) {
        return check.check(KommoUri.parse(FILE, 1, uri)).stream().map(UriCheck.Problem::message).toList();
    }

    @Test
    void validUrisPass() {
        assertThat(problems("kommo:leads?operation=create&batchSize=50")).isEmpty();
        assertThat(problems("kommo://contacts?operation=list&filter.id=7&allPages=true")).isEmpty();
        assertThat(problems("kommo:leads?delay=60000&stateRepository=#repo")).isEmpty();
        assertThat(problems("kommo:{{entity}}?operation=create")).isEmpty();
        assertThat(problems("kommo:notes?entityType=leads&operation=create")).isEmpty();
    }

    @Test
    void aMisspeltOptionNamesTheClosest() {
        assertThat(problems("kommo:leads?operaton=create")).singleElement().asString()
                .startsWith("unknown option 'operaton' (did you mean 'operation'?); the options are ");
    }

    @Test
    void anOperationTheEntityLacksNamesThoseItHas() {
        assertThat(problems("kommo:pipelines?operation=create"))
                .containsExactly("operation 'create' is not available for pipelines; use one of list, get");
    }

    @Test
    void valuesAreCheckedByType() {
        assertThat(problems("kommo:leads?operation=remove")).singleElement().asString()
                .startsWith("invalid operation 'remove'; use one of list, get, create");
        assertThat(problems("kommo:leads?allPages=yes")).containsExactly("invalid allPages 'yes'; use true or false");
        assertThat(problems("kommo:leads?pageSize=many"))
                .containsExactly("invalid pageSize 'many'; it takes a whole number");
        assertThat(problems("kommo:notes?entityType=tasks")).singleElement().asString()
                .isEqualTo("invalid entityType 'tasks'; use one of leads, contacts, companies, customers");
    }

    @Test
    void anUnknownEntityNamesTheEntities() {
        assertThat(problems("kommo:lead?operation=create")).singleElement().asString()
                .startsWith("unknown entity 'lead' (did you mean 'leads'?); use one of leads, contacts");
    }

    @Test
    void javaLiteralsAreUrisButMessagesAreNot() {
        List<KommoUri> uris = RouteSources.code(FILE, List.of(
                "from(\"direct:a\").to(\"kommo:leads?operation=create\").to(\"kommo:tasks\");",
                "throw new IllegalArgumentException(\"kommo:notes needs entityType=leads\");",
                "to(\"kommo:leads?operation=\" + op);"));
        assertThat(uris).extracting(KommoUri::uri)
                .containsExactly("kommo:leads?operation=create", "kommo:tasks", "kommo:leads?operation=");
        assertThat(check.check(uris.get(2))).isEmpty();
    }

    @Test
    void yamlParametersBlocksAreRead() {
        List<KommoUri> uris = RouteSources.yaml(FILE, List.of(
                "- route:",
                "    from:",
                "      uri: kommo:leads",
                "      parameters:",
                "        delay: 60000   # a minute",
                "        modifiedSince: \"beginning\"",
                "      steps:",
                "        - to: kommo:tasks?operation=create",
                "        - to:",
                "            uri: \"kommo:pipelines\"",
                "            parameters:",
                "              operation: 'create'"));
        assertThat(uris).hasSize(3);
        assertThat(uris.get(0).options()).containsEntry("delay", "60000").containsEntry("modifiedSince", "beginning")
                .hasSize(2);
        assertThat(uris.get(2).options()).containsExactly(Map.entry("operation", "create"));
        assertThat(uris.get(2).lines()).containsEntry("operation", 12);
    }
}
