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
package io.github.camelkommo.sandbox;

import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplexLeadsTest extends SandboxTestSupport {

    @Test
    void createsAndLinksLeadContactAndCompany() {
        Http.Response response = http.post("/api/v4/leads/complex", "[{\"name\":\"Big deal\",\"price\":9000,"
                                                                    + "\"request_id\":\"q1\",\"_embedded\":{"
                                                                    + "\"contacts\":[{\"first_name\":\"Grace\",\"last_name\":\"Hopper\"}],"
                                                                    + "\"companies\":[{\"name\":\"Navy\"}],\"tags\":[{\"name\":\"complex\"}]}},"
                                                                    + "{\"name\":\"Lead only\"}]");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode body = response.json();
        assertThat(body.isArray()).isTrue();
        assertThat(body.size()).isEqualTo(2);
        JsonNode result = body.get(0);
        assertThat(result.fieldNames()).toIterable()
                .containsExactly("id", "contact_id", "company_id", "request_id", "merged");
        assertThat(result.get("request_id")).isEqualTo(Http.parse("[\"q1\"]"));
        assertThat(result.get("merged").asBoolean()).isFalse();
        assertThat(body.get(1).get("contact_id").isNull()).isTrue();
        assertThat(body.get(1).get("company_id").isNull()).isTrue();
        assertThat(body.get(1).get("request_id")).isEqualTo(Http.parse("[\"1\"]"));

        ObjectNode lead = sandbox.data().get("leads", result.get("id").asLong()).orElseThrow();
        ObjectNode contact = sandbox.data().get("contacts", result.get("contact_id").asLong()).orElseThrow();
        ObjectNode company = sandbox.data().get("companies", result.get("company_id").asLong()).orElseThrow();
        assertThat(lead.get("name").asText()).isEqualTo("Big deal");
        assertThat(lead.at("/_embedded/contacts/0/id").asLong()).isEqualTo(contact.get("id").asLong());
        assertThat(lead.at("/_embedded/contacts/0/is_main").asBoolean()).isTrue();
        assertThat(lead.at("/_embedded/companies/0/id").asLong()).isEqualTo(company.get("id").asLong());
        assertThat(lead.at("/_embedded/tags/0/name").asText()).isEqualTo("complex");
        assertThat(contact.get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(contact.at("/_embedded/companies/0/id").asLong()).isEqualTo(company.get("id").asLong());
        assertThat(company.get("name").asText()).isEqualTo("Navy");
    }

    @Test
    void linksAnExistingContactById() {
        long existing = sandbox.data().list("contacts").get(0).get("id").asLong();
        int contacts = sandbox.data().count("contacts");
        JsonNode body = http.post("/api/v4/leads/complex", "[{\"name\":\"Repeat\",\"_embedded\":{\"contacts\":[{\"id\":"
                                                           + existing + "}]}}]")
                .json();
        assertThat(body.get(0).get("contact_id").asLong()).isEqualTo(existing);
        assertThat(sandbox.data().count("contacts")).isEqualTo(contacts);
    }

    @Test
    void invalidPartsRejectEverythingWithPrefixedPaths() {
        int leads = sandbox.data().count("leads");
        int contacts = sandbox.data().count("contacts");
        int companies = sandbox.data().count("companies");
        Http.Response response = http.post("/api/v4/leads/complex", "[{\"name\":\"ok\",\"_embedded\":{"
                                                                    + "\"contacts\":[{\"first_name\":\"A\"}],\"companies\":[{\"name\":\"B\"}]}},"
                                                                    + "{\"_embedded\":{\"contacts\":[{\"first_name\":5}],\"companies\":[{\"id\":1}]}},"
                                                                    + "{\"_embedded\":{\"contacts\":[{\"name\":\"x\"},{\"name\":\"y\"}]}}]");
        assertThat(response.status()).isEqualTo(400);
        JsonNode groups = response.json().get("validation-errors");
        assertThat(groups.findValuesAsText("request_id")).containsExactly("1", "2");
        assertThat(groups.get(0).get("errors").findValuesAsText("path"))
                .containsExactly("_embedded.contacts.0.first_name", "_embedded.companies.0.id");
        assertThat(groups.get(1).get("errors").findValuesAsText("code")).containsExactly("Count");
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);
        assertThat(sandbox.data().count("contacts")).isEqualTo(contacts);
        assertThat(sandbox.data().count("companies")).isEqualTo(companies);
    }

    @Test
    void moreThan50LeadsIs422() {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 51; i++) {
            items.add("{\"name\":\"n" + i + "\"}");
        }
        int before = sandbox.data().count("leads");
        Http.Response response = http.post("/api/v4/leads/complex", items.toString());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asText()).isEqualTo("Limit 50 per page");
        assertThat(sandbox.data().count("leads")).isEqualTo(before);
    }
}
