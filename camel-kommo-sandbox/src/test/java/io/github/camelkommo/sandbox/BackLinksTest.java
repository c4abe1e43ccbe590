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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code with=leads} on contacts and {@code with=contacts,leads} on companies show the entities that link to them. */
class BackLinksTest extends SandboxTestSupport {

    @Test
    void aContactWithLeadsShowsTheLeadsLinkingToIt() {
        long john = id("contacts", 0);
        JsonNode plain = http.get("/api/v4/contacts/" + john).json();
        assertThat(plain.path("_embedded").has("leads")).isFalse();
        assertThat(plain.at("/_embedded/companies/0/id").asLong()).isEqualTo(id("companies", 0));

        JsonNode with = http.get("/api/v4/contacts/" + john + "?with=leads").json();
        assertThat(ids(with.at("/_embedded/leads"))).containsExactly(id("leads", 0), id("leads", 3));
        assertThat(with.at("/_embedded/leads/0").fieldNames()).toIterable().containsExactly("id", "_links");
        assertThat(with.at("/_embedded/leads/0/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + id("leads", 0));
        assertThat(with.at("/_embedded").fieldNames()).toIterable().containsExactly("tags", "companies", "leads");

        JsonNode list = http.get("/api/v4/contacts?with=leads").json().at("/_embedded/contacts");
        assertThat(ids(list.get(2).at("/_embedded/leads"))).containsExactly(id("leads", 2));
    }

    @Test
    void aCompanyWithContactsAndLeadsShowsBoth() {
        long acme = id("companies", 0);
        JsonNode plain = http.get("/api/v4/companies/" + acme).json();
        assertThat(plain.at("/_embedded").fieldNames()).toIterable().containsExactly("tags");

        JsonNode with = http.get("/api/v4/companies/" + acme + "?with=contacts,leads").json();
        assertThat(ids(with.at("/_embedded/contacts"))).containsExactly(id("contacts", 0));
        assertThat(ids(with.at("/_embedded/leads"))).containsExactly(id("leads", 0), id("leads", 3));
        assertThat(with.at("/_embedded/contacts/0/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/contacts/" + id("contacts", 0));
        JsonNode onlyLeads = http.get("/api/v4/companies/" + acme + "?with=leads").json();
        assertThat(onlyLeads.path("_embedded").has("contacts")).isFalse();
    }

    @Test
    void newLinksFromLeadsAndComplexAddsShowUp() {
        long li = id("contacts", 2);
        long globex = id("companies", 1);
        long lead = http.post("/api/v4/leads", "[{\"name\":\"Linked\",\"_embedded\":{\"contacts\":[{\"id\":" + li
                                               + "}],\"companies\":[{\"id\":" + globex + "}]}}]")
                .json().at("/_embedded/leads/0/id").asLong();
        assertThat(ids(http.get("/api/v4/contacts/" + li + "?with=leads").json().at("/_embedded/leads")))
                .contains(lead);
        assertThat(ids(http.get("/api/v4/companies/" + globex + "?with=leads").json().at("/_embedded/leads")))
                .contains(lead);

        JsonNode complex = http.post("/api/v4/leads/complex", "[{\"name\":\"C\",\"_embedded\":{"
                                                              + "\"contacts\":[{\"first_name\":\"Ada\"}],\"companies\":[{\"name\":\"Engines\"}]}}]")
                .json().get(0);
        JsonNode company = http.get("/api/v4/companies/" + complex.get("company_id").asLong()
                                    + "?with=contacts,leads")
                .json();
        assertThat(ids(company.at("/_embedded/contacts"))).containsExactly(complex.get("contact_id").asLong());
        assertThat(ids(company.at("/_embedded/leads"))).containsExactly(complex.get("id").asLong());
    }

    private long id(String entity, int index) {
        return sandbox.data().list(entity).get(index).get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }
}
