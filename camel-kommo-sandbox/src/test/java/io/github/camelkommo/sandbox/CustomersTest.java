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

/**
 * Customers, their transactions, segments and statuses: what the vendor's examples do not show (amoCRM customers-api
 * and customers-statuses-api): the mode switch, the purchase figures, validation, paging and 204s, and customers'
 * notes, tags and links as leads have them.
 */
class CustomersTest extends SandboxTestSupport {

    private long segment() {
        return sandbox.data().list("segments").get(0).get("id").asLong();
    }

    private long customer(String name) {
        Http.Response created = http.post("/api/v4/customers", "[{\"name\": \"" + name + "\", \"_embedded\": "
                                                               + "{\"segments\": [{\"id\": " + segment() + "}]}}]");
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        return created.json().at("/_embedded/customers/0/id").asLong();
    }

    @Test
    void customersModeOffRefusesEveryCustomersEndpointAndTheAccountSaysSo() {
        assertThat(http.get("/api/v4/account").json().get("customers_mode").asText()).isEqualTo("segments");
        Http.Response off = http.patch("/api/v4/customers/mode", "{\"mode\": \"segments\", \"is_enabled\": false}");
        assertThat(off.json().toString()).isEqualTo("{\"mode\":\"segments\",\"is_enabled\":false}");
        assertThat(http.get("/api/v4/account").json().get("customers_mode").asText()).isEqualTo("disabled");

        for (String path : new String[]{"/api/v4/customers", "/api/v4/customers/transactions",
                "/api/v4/customers/segments", "/api/v4/customers/statuses"}) {
            Http.Response refused = http.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("customers_mode");
        }
        assertThat(http.post("/api/v4/customers", "[{\"name\": \"x\"}]").status()).isEqualTo(403);
        assertThat(sandbox.data().count("customers")).isZero();

        http.patch("/api/v4/customers/mode", "{\"mode\": \"periodicity\", \"is_enabled\": true}");
        assertThat(http.get("/api/v4/account").json().get("customers_mode").asText()).isEqualTo("periodicity");
        assertThat(http.get("/api/v4/customers").status()).isEqualTo(204); // on, and none yet
        assertThat(http.patch("/api/v4/customers/mode", "{\"mode\": \"retail\", \"is_enabled\": true}").status())
                .isEqualTo(400);
    }

    @Test
    void transactionsMoveTheCustomersPurchaseFiguresAndCanBeDeleted() {
        long customer = customer("Globex");
        Http.Response added = http.post("/api/v4/customers/" + customer + "/transactions",
                "[{\"price\": 300, \"comment\": \"First\"}, {\"price\": 500, \"next_price\": 450, "
                                                                                           + "\"next_date\": 1700600000}]");
        assertThat(added.status()).as("%s", added).isEqualTo(200);
        long first = added.json().at("/_embedded/transactions/0/id").asLong();
        long second = added.json().at("/_embedded/transactions/1/id").asLong();
        JsonNode stored = http.get("/api/v4/customers/" + customer).json();
        assertThat(stored.get("ltv").asLong()).isEqualTo(800);
        assertThat(stored.get("purchases_count").asInt()).isEqualTo(2);
        assertThat(stored.get("average_check").asLong()).isEqualTo(400);
        assertThat(stored.get("next_price").asLong()).isEqualTo(450);
        assertThat(stored.get("next_date").asLong()).isEqualTo(1_700_600_000L);
        assertThat(stored.at("/_embedded/segments/0/id").asLong()).isEqualTo(segment());

        JsonNode one = http.get("/api/v4/customers/transactions/" + first).json();
        assertThat(one.get("comment").asText()).isEqualTo("First");
        assertThat(one.at("/_embedded/customer/id").asLong()).isEqualTo(customer);
        assertThat(one.at("/_links/self/href").asText())
                .endsWith("/api/v4/customers/" + customer + "/transactions/" + first);
        JsonNode ofCustomer = http.get("/api/v4/customers/" + customer + "/transactions").json()
                .at("/_embedded/transactions");
        assertThat(ofCustomer.size()).isEqualTo(2);
        assertThat(ofCustomer.get(0).get("id").asLong()).isEqualTo(first);
        assertThat(ofCustomer.get(1).get("id").asLong()).isEqualTo(second);
        assertThat(http.get("/api/v4/customers/transactions?filter[id]=" + second).json()
                .at("/_embedded/transactions").size()).isEqualTo(1);

        assertThat(http.send("DELETE", "/api/v4/customers/transactions/" + first, null).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/customers/transactions/" + first).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v4/customers/transactions/" + first, null).status()).isEqualTo(404);
        assertThat(sandbox.data().count("transactions")).isEqualTo(1);
    }

    @Test
    void refusesWhatTheReferenceRequires() {
        Http.Response bad = http.post("/api/v4/customers", "[{\"next_price\": 10}, {\"name\": \"x\", \"price\": 1},"
                                                           + " {\"name\": \"y\", \"status_id\": 1}, {\"name\": \"z\", \"_embedded\": {\"segments\": "
                                                           + "[{\"id\": 1}]}}]");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode groups = bad.json().get("validation-errors");
        assertThat(groups.get(0).get("errors").toString()).contains("NotBlank", "name");
        assertThat(groups.get(1).get("errors").toString()).contains("FieldNotExpected", "price");
        assertThat(groups.get(2).get("errors").toString()).contains("NotSupportedChoice", "status_id");
        assertThat(groups.get(3).get("errors").toString()).contains("NotSupportedChoice", "_embedded.segments[0].id");
        long customer = customer("Initech");
        Http.Response noPrice = http.post("/api/v4/customers/" + customer + "/transactions", "[{\"comment\": \"x\"}]");
        assertThat(noPrice.json().at("/validation-errors/0/errors").toString()).contains("NotBlank", "price");
        assertThat(http.post("/api/v4/customers/999/transactions", "[{\"price\": 1}]").status()).isEqualTo(404);
        assertThat(http.post("/api/v4/customers", "[" + "{\"name\": \"x\"},".repeat(250) + "{\"name\": \"x\"}]")
                .status()).isEqualTo(422);
        assertThat(http.post("/api/v4/customers/segments", "{\"name\": \"Gold\", \"color\": \"#ae003f\"}")
                .json().at("/validation-errors/0/errors").toString()).contains("NotSupportedChoice", "color");
        assertThat(http.post("/api/v4/customers/statuses", "[{\"name\": \"x\", \"sort\": 10}]").status())
                .isEqualTo(422); // segments mode: statuses need periodicity
        http.patch("/api/v4/customers/mode", "{\"mode\": \"periodicity\", \"is_enabled\": true}");
        assertThat(http.post("/api/v4/customers/statuses", "[{\"name\": \"x\"}, {\"name\": \"y\", \"sort\": 1, "
                                                           + "\"color\": \"#123456\"}]")
                .json().get("validation-errors").toString())
                .contains("NotBlank", "sort", "NotSupportedChoice", "color");
        assertThat(sandbox.data().count("customers")).isEqualTo(1);
        assertThat(sandbox.data().count("transactions")).isZero();
    }

    @Test
    void pagesAndPollsAsLeadsDo() {
        customer("A");
        customer("B");
        long c = customer("C");
        JsonNode page2 = http.get("/api/v4/customers?limit=2&page=2").json();
        assertThat(page2.at("/_embedded/customers").size()).isEqualTo(1);
        assertThat(page2.at("/_links/next").isMissingNode()).isTrue();
        assertThat(http.get("/api/v4/customers?limit=2&page=3").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/customers?limit=251").status()).isEqualTo(400);

        sandbox.clock().advanceSeconds(60);
        http.patch("/api/v4/customers/" + c, "{\"name\": \"C2\"}");
        assertThat(http.get("/api/v4/customers?filter[updated_at][from]=" + (T0 + 30)).json()
                .at("/_embedded/customers").findValuesAsText("name")).containsExactly("C2");
        assertThat(http.get("/api/v4/customers", "If-Modified-Since", Http.httpDate(T0 + 30)).json()
                .at("/_embedded/customers").findValuesAsText("name")).containsExactly("C2");
        assertThat(http.get("/api/v4/customers", "If-Modified-Since", Http.httpDate(T0 + 120)).status())
                .isIn(204, 304);
    }

    @Test
    void customersHaveNotesTagsCustomFieldsAndLinksAsLeadsDo() {
        long customer = customer("Umbrella");
        long contact = sandbox.data().list("contacts").get(0).get("id").asLong();
        long field = sandbox.data().customFields("customers").get(0).get("id").asLong();
        assertThat(http.patch("/api/v4/customers/" + customer, "{\"tags_to_add\": [{\"name\": \"VIP\"}], "
                                                               + "\"custom_fields_values\": [{\"field_id\": " + field
                                                               + ", \"values\": [{\"value\": \"C-1\"}]}]}")
                .status()).isEqualTo(200);
        JsonNode stored = http.get("/api/v4/customers/" + customer).json();
        assertThat(stored.at("/_embedded/tags/0/name").asText()).isEqualTo("VIP");
        assertThat(stored.at("/custom_fields_values/0/values/0/value").asText()).isEqualTo("C-1");
        assertThat(http.get("/api/v4/customers/tags").json().at("/_embedded/tags/0/name").asText()).isEqualTo("VIP");
        assertThat(http.get("/api/v4/customers/custom_fields").json().at("/_embedded/custom_fields/0/name")
                .asText()).isEqualTo("Loyalty card");

        assertThat(http.post("/api/v4/customers/" + customer + "/notes", "[{\"note_type\": \"common\", "
                                                                         + "\"params\": {\"text\": \"Called about the renewal\"}}]")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v4/customers/" + customer + "/notes").json().at("/_embedded/notes/0/params/text")
                .asText()).isEqualTo("Called about the renewal");

        assertThat(http.post("/api/v4/customers/" + customer + "/link", "[{\"to_entity_id\": " + contact
                                                                        + ", \"to_entity_type\": \"contacts\"}]")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v4/customers/" + customer + "?with=contacts").json()
                .at("/_embedded/contacts/0").toString()).contains("\"id\":" + contact, "\"is_main\":true");
        assertThat(http.get("/api/v4/customers/" + customer + "/links").json().at("/_embedded/links/0/to_entity_id")
                .asLong()).isEqualTo(contact);
    }

    @Test
    void statusesAndSegmentsAreEditedAndDeletedWhereKommoAllows() {
        http.patch("/api/v4/customers/mode", "{\"mode\": \"periodicity\", \"is_enabled\": true}");
        long status = http.post("/api/v4/customers/statuses", "[{\"name\": \"Loyal\", \"sort\": 50, \"color\": "
                                                              + "\"#c1e0ff\"}]")
                .json().at("/_embedded/statuses/0/id").asLong();
        JsonNode edited = http.patch("/api/v4/customers/statuses/" + status, "{\"name\": \"Very loyal\"}").json();
        assertThat(edited.get("name").asText()).isEqualTo("Very loyal");
        assertThat(edited.get("is_default").asBoolean()).isFalse();
        long system = sandbox.data().list("statuses").get(0).get("id").asLong();
        assertThat(http.send("DELETE", "/api/v4/customers/statuses/" + system, null).status()).isEqualTo(400);
        assertThat(http.send("DELETE", "/api/v4/customers/statuses/" + status, null).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/customers/statuses/" + status).status()).isEqualTo(204);

        JsonNode segment = http.post("/api/v4/customers/segments", "{\"name\": \"Gold\", \"color\": \"2176ff\"}")
                .json();
        long id = segment.get("id").asLong();
        assertThat(segment.at("/_links/self/href").asText()).endsWith("/api/v4/customers/segments/" + id);
        assertThat(http.patch("/api/v4/customers/segments/" + id, "{\"name\": \"Platinum\"}").json().get("name")
                .asText()).isEqualTo("Platinum");
        assertThat(http.get("/api/v4/customers/segments").json().get("_total_items").asInt()).isEqualTo(3);
        assertThat(http.send("DELETE", "/api/v4/customers/segments/" + id, null).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/customers/segments").json().get("_total_items").asInt()).isEqualTo(2);
    }
}
