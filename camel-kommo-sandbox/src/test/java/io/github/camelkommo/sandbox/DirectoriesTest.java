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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account's directories: custom field definitions and groups, tags, loss reasons. */
class DirectoriesTest extends SandboxTestSupport {

    @Test
    void customFieldDefinitionsArePagedFilteredAndNamedAsTheSeed() {
        JsonNode page = http.get("/api/v4/leads/custom_fields?limit=3").json();
        int total = sandbox.data().customFields("leads").size();
        assertThat(page.get("_total_items").asInt()).isEqualTo(total);
        assertThat(page.get("_page_count").asInt()).isEqualTo((total + 2) / 3);
        assertThat(page.at("/_links/next/href").asText()).endsWith("/api/v4/leads/custom_fields?page=2&limit=3");
        assertThat(page.at("/_links/last/href").asText()).endsWith("page=" + ((total + 2) / 3) + "&limit=3");
        JsonNode all = http.get("/api/v4/leads/custom_fields").json().at("/_embedded/custom_fields");
        assertThat(all.findValuesAsText("type")).contains("numeric", "select", "multiselect", "date", "date_time",
                "checkbox", "text", "url");
        JsonNode select = http.get("/api/v4/leads/custom_fields?filter[type]=select").json()
                .at("/_embedded/custom_fields/0");
        assertThat(select.get("enums").findValuesAsText("value")).containsExactly("Website", "Referral", "Cold call",
                "Exhibition");
        assertThat(select.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl()
                                                                      + "/api/v4/leads/custom_fields/"
                                                                      + select.get("id").asLong());
        JsonNode phone = sandbox.data().customFields("contacts").get(0);
        JsonNode byId = http.get("/api/v4/contacts/custom_fields/" + phone.get("id").asLong()).json();
        assertThat(byId.get("code").asText()).isEqualTo("PHONE");
        assertThat(byId.get("enums").findValuesAsText("value")).contains("WORK", "MOB");
        assertThat(http.get("/api/v4/contacts/custom_fields/1").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/leads/custom_fields?filter[code]=X").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/leads/custom_fields?limit=251").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/tasks/custom_fields").status()).isEqualTo(404);
    }

    @Test
    void customFieldGroupsNameTheirFields() {
        JsonNode body = http.get("/api/v4/leads/custom_fields/groups").json();
        assertThat(body.fieldNames()).toIterable().containsExactly("_total_items", "_embedded");
        JsonNode groups = body.at("/_embedded/custom_field_groups");
        assertThat(groups.findValuesAsText("id")).hasSize(2).startsWith("default");
        JsonNode group = groups.get(1);
        assertThat(group.get("id").asText()).startsWith("leads_");
        assertThat(group.fieldNames()).toIterable().containsExactly("id", "name", "is_predefined", "type",
                "entity_type", "sort", "_links");
        assertThat(sandbox.data().customFields("leads")).filteredOn(f -> f.get("group_id").isTextual())
                .extracting(f -> f.get("type").asText()).containsExactly("date", "date_time");
        assertThat(http.get("/api/v4/leads/custom_fields/groups/" + group.get("id").asText()).json()).isEqualTo(group);
        assertThat(http.get("/api/v4/leads/custom_fields/groups/nothing").status()).isEqualTo(404);
        assertThat(http.get("/api/v4/leads/custom_fields/groups?filter[id]=default").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/contacts/custom_fields/groups").json().at("/_embedded/custom_field_groups/0/id")
                .asText()).isEqualTo("default");
        JsonNode sorted = http.get("/api/v4/leads/custom_fields?order[id]=desc").json().at("/_embedded/custom_fields");
        assertThat(sorted.get(0).get("id").asLong()).isGreaterThan(sorted.get(1).get("id").asLong());
        assertThat(http.get("/api/v4/leads/custom_fields?order[name]=asc").status()).isEqualTo(400);
    }

    @Test
    void tagsAreListedSearchedAndAdded() {
        JsonNode added = http.post("/api/v4/leads/tags", "[{\"name\":\"Hot\",\"color\":\"DDEBB5\"},"
                                                         + "{\"name\":\"vip\",\"request_id\":\"again\"}]")
                .json();
        assertThat(added.get("_total_items").asInt()).isEqualTo(2);
        assertThat(added.at("/_embedded/tags/0").fieldNames()).toIterable()
                .containsExactly("id", "name", "color", "request_id");
        assertThat(added.at("/_embedded/tags/0/color").asText()).isEqualTo("DDEBB5");
        long vip = sandbox.data().list("leads").get(0).at("/_embedded/tags/0/id").asLong();
        assertThat(added.at("/_embedded/tags/1/id").asLong()).isEqualTo(vip);
        assertThat(sandbox.data().tags("leads")).extracting(t -> t.get("name").asText()).contains("Hot", "vip");

        JsonNode list = http.get("/api/v4/leads/tags?query=o").json();
        assertThat(list.at("/_embedded/tags").findValuesAsText("name")).containsExactly("Hot");
        assertThat(http.get("/api/v4/leads/tags?filter[name]=vip").json().at("/_embedded/tags/0/id").asLong())
                .isEqualTo(vip);
        assertThat(http.get("/api/v4/leads/tags?filter[id][]=" + vip).json().at("/_embedded/tags").size())
                .isEqualTo(1);
        assertThat(http.get("/api/v4/contacts/tags").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/leads/tags?filter[name][]=a&filter[name][]=b").status()).isEqualTo(400);
        Http.Response bad = http.post("/api/v4/contacts/tags", "[{\"name\":\"x\",\"id\":5},{\"color\":\"red\"}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/validation-errors/0/errors/0/code").asText()).isEqualTo("FieldNotExpected");
        assertThat(bad.json().at("/validation-errors/1/errors").findValuesAsText("path")).contains("name", "color");
        assertThat(http.get("/api/v4/contacts/tags").status()).isEqualTo(204);
    }

    @Test
    void lossReasonsAreListedAddedAndUsedByLostLeads() {
        JsonNode list = http.get("/api/v4/leads/loss_reasons").json();
        assertThat(list.at("/_embedded/loss_reasons").findValuesAsText("name"))
                .containsExactly("Too expensive", "Chose a competitor");
        JsonNode added = http.post("/api/v4/leads/loss_reasons", "[{\"name\":\"No budget\",\"sort\":5}]").json();
        long id = added.at("/_embedded/loss_reasons/0/id").asLong();
        assertThat(added.at("/_embedded/loss_reasons/0/request_id").asText()).isEqualTo("0");
        JsonNode one = http.get("/api/v4/leads/loss_reasons/" + id).json();
        assertThat(one.fieldNames()).toIterable().containsExactly("id", "name", "sort", "created_at", "updated_at",
                "_links");
        assertThat(http.get("/api/v4/leads/loss_reasons/1").status()).isEqualTo(204);
        assertThat(http.post("/api/v4/leads/loss_reasons", "[{\"name\":\"no budget\"}]").status()).isEqualTo(400);

        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        assertThat(http.patch("/api/v4/leads/" + lead, "{\"status_id\":143,\"loss_reason_id\":" + id + "}")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v4/leads/" + lead + "?with=loss_reason").json()
                .at("/_embedded/loss_reason/0/name").asText()).isEqualTo("No budget");
    }

    @Test
    void theNewEndpointsGoThroughAuthFaultsAndTheLog() {
        Http anonymous = new Http(sandbox, null);
        for (String path : new String[]{"/api/v4/events", "/api/v4/leads/notes", "/api/v4/leads/tags",
                "/api/v4/leads/custom_fields", "/api/v4/leads/loss_reasons", "/api/v4/leads/links"}) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        }
        sandbox.faults().failNext(1, "GET", "/api/v4/leads/tags", 503);
        assertThat(http.get("/api/v4/leads/tags").status()).isEqualTo(503);
        assertThat(http.post("/api/v4/leads/tags", "[{\"name\":\"logged\"}]").status()).isEqualTo(200);
        assertThat(sandbox.stats().requests("POST", "/api/v4/leads/tags")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("logged"));
        assertThat(http.send("DELETE", "/api/v4/leads/tags", null).status()).isEqualTo(405);
    }
}
