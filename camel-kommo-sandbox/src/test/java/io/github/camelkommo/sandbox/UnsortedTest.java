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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incoming leads in "Unsorted" (amoCRM unsorted-api): a web form arrives, waits in the incoming stage, and is
 * accepted into a stage, declined or (a chat) linked; validation, paging and the summary.
 */
class UnsortedTest extends SandboxTestSupport {

    private static String form(String name) {
        return "{\"source_uid\": \"site-form\", \"source_name\": \"Website\", \"_embedded\": {\"leads\": [{\"name\": \""
               + name + "\", \"price\": 1200}], \"contacts\": [{\"first_name\": \"Ada\", \"custom_fields_values\": "
               + "[{\"field_code\": \"PHONE\", \"values\": [{\"value\": \"+1 555 0199\"}]}]}]}, \"metadata\": "
               + "{\"form_id\": \"contact-us\", \"form_name\": \"Contact us\", \"form_page\": \"https://example.test\","
               + " \"form_sent_at\": " + T0 + ", \"ip\": \"192.0.2.1\", \"referer\": \"https://example.test/ads\"}}";
    }

    private String addForm(String name) {
        Http.Response added = http.post("/api/v4/leads/unsorted/forms", "[" + form(name) + "]");
        assertThat(added.status()).as("%s", added).isEqualTo(200);
        return added.json().at("/_embedded/unsorted/0/uid").asText();
    }

    private long leadOf(String uid) {
        return http.get("/api/v4/leads/unsorted/" + uid).json().at("/_embedded/leads/0/id").asLong();
    }

    @Test
    void aWebFormLeadIsAcceptedIntoAStageAndFoundThere() {
        long main = sandbox.data().mainPipelineId();
        String uid = addForm("Website inquiry");
        long lead = leadOf(uid);
        JsonNode waiting = sandbox.data().get("leads", lead).orElseThrow();
        assertThat(waiting.get("status_id").asLong()).isEqualTo(sandbox.data().incomingStatusId(main));
        assertThat(waiting.at("/_embedded/contacts/0/is_main").asBoolean()).isTrue();
        JsonNode listed = http.get("/api/v4/leads/unsorted?filter[category][]=forms").json();
        assertThat(listed.at("/_embedded/unsorted/0/uid").asText()).isEqualTo(uid);
        assertThat(listed.at("/_embedded/unsorted/0/metadata/form_name").asText()).isEqualTo("Contact us");

        long stage = sandbox.data().statuses(main).get(2).get("id").asLong();
        long bob = sandbox.data().list("users").get(1).get("id").asLong();
        Http.Response accepted = http.post("/api/v4/leads/unsorted/" + uid + "/accept",
                "{\"user_id\": " + bob + ", \"status_id\": " + stage + "}");
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        assertThat(accepted.json().at("/_embedded/leads/0/id").asLong()).isEqualTo(lead);

        JsonNode inStage = http.get("/api/v4/leads?filter[statuses][0][pipeline_id]=" + main
                                    + "&filter[statuses][0][status_id]=" + stage)
                .json();
        assertThat(inStage.at("/_embedded/leads").findValuesAsText("name")).contains("Website inquiry");
        assertThat(sandbox.data().get("leads", lead).orElseThrow().get("updated_by").asLong()).isEqualTo(bob);
        assertThat(http.get("/api/v4/leads/unsorted").status()).isEqualTo(204); // sorted: no longer waiting
        assertThat(http.post("/api/v4/leads/unsorted/" + uid + "/accept", "{}").status()).isEqualTo(404);
    }

    @Test
    void declineDeletesTheLeadAndOnlyChatsAreLinked() {
        String declined = addForm("Spam");
        long spam = leadOf(declined);
        assertThat(http.send("DELETE", "/api/v4/leads/unsorted/" + declined + "/decline", null).status())
                .isEqualTo(200);
        assertThat(sandbox.data().get("leads", spam)).isEmpty();

        String form = addForm("Not a chat");
        long existing = sandbox.data().list("leads").get(0).get("id").asLong();
        String link = "{\"link\": {\"entity_id\": " + existing + ", \"entity_type\": \"leads\"}}";
        assertThat(http.post("/api/v4/leads/unsorted/" + form + "/link", link).status()).isEqualTo(400);

        ObjectNode chat = (ObjectNode) Http.parse(form("Chat"));
        chat.putObject("metadata");
        String uid = sandbox.data().addUnsorted("chats", chat);
        long chatContact = http.get("/api/v4/leads/unsorted/" + uid).json().at("/_embedded/contacts/0/id").asLong();
        long chatLead = leadOf(uid);
        assertThat(http.post("/api/v4/leads/unsorted/" + uid + "/link", link).status()).isEqualTo(200);
        assertThat(sandbox.data().get("leads", existing).orElseThrow().at("/_embedded/contacts")
                .findValuesAsText("id")).contains(String.valueOf(chatContact));
        assertThat(sandbox.data().get("leads", chatLead)).isEmpty();

        JsonNode summary = http.get("/api/v4/leads/unsorted/summary").json();
        assertThat(summary.get("total").asInt()).isEqualTo(3);
        assertThat(summary.get("accepted").asInt()).isEqualTo(1);
        assertThat(summary.get("declined").asInt()).isEqualTo(1);
        assertThat(summary.at("/categories/forms/total").asInt()).isEqualTo(2);
        assertThat(summary.at("/categories/chats/total").asInt()).isEqualTo(1);
    }

    @Test
    void refusesWhatThePageRequiresAndPages() {
        int leads = sandbox.data().count("leads");
        Http.Response bad = http.post("/api/v4/leads/unsorted/forms", "[{\"source_name\": \"x\", \"_embedded\": "
                                                                      + "{\"leads\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}, \"metadata\": {\"form_id\": \"f\", \"colour\": 1}},"
                                                                      + "{\"source_uid\": \"u\", \"source_name\": \"x\", \"_embedded\": {\"leads\": [{\"name\": 5, \"cost\": 1}]}}]");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode groups = bad.json().get("validation-errors");
        assertThat(groups.get(0).get("errors").toString()).contains("NotBlank", "source_uid", "metadata.colour",
                "_embedded.leads");
        assertThat(groups.get(1).get("errors").toString()).contains("NotBlank", "metadata",
                "_embedded.leads[0].cost");
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);
        assertThat(http.get("/api/v4/leads/unsorted").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/leads/unsorted?filter[status]=1").status()).isEqualTo(400);

        addForm("One");
        addForm("Two");
        addForm("Three");
        JsonNode first = http.get("/api/v4/leads/unsorted?limit=2&order[created_at]=asc").json();
        assertThat(first.at("/_embedded/unsorted").size()).isEqualTo(2);
        assertThat(first.at("/_links/next/href").asText()).contains("page=2");
        assertThat(http.get("/api/v4/leads/unsorted?limit=2&page=2").json().at("/_embedded/unsorted").size())
                .isEqualTo(1);
        assertThat(http.get("/api/v4/leads/unsorted/" + "0123456789abcdef0123456789abcdef01234567").status())
                .isEqualTo(404);
    }
}
