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

/** Notes of leads, contacts and companies: add, list, get, edit, filters, order, strict params. */
class NotesTest extends SandboxTestSupport {

    private long lead() {
        return sandbox.data().list("leads").get(0).get("id").asLong();
    }

    @Test
    void addsNotesInBothFormsAndAnswersAsDocumented() {
        long lead = lead();
        Http.Response added = http.post("/api/v4/leads/notes", "[{\"entity_id\":" + lead + ",\"note_type\":\"common\","
                                                               + "\"params\":{\"text\":\"Hello\"},\"request_id\":\"a\"},{\"entity_id\":"
                                                               + lead
                                                               + ",\"note_type\":\"call_in\",\"params\":{\"uniq\":\"u1\",\"duration\":60,\"source\":\"pbx\","
                                                               + "\"link\":\"https://x.example/r.mp3\",\"phone\":\"+1 555 0100\"}}]");
        assertThat(added.status()).isEqualTo(200);
        JsonNode items = added.json().at("/_embedded/notes");
        assertThat(items.get(0).fieldNames()).toIterable().containsExactly("id", "entity_id", "request_id", "_links");
        assertThat(items.get(0).get("request_id").asText()).isEqualTo("a");
        assertThat(items.get(1).get("request_id").asText()).isEqualTo("1");
        long id = items.get(0).get("id").asLong();
        assertThat(items.get(0).at("/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + lead + "/notes/" + id);

        long under = http.post("/api/v4/leads/" + lead + "/notes",
                "[{\"note_type\":\"sms_out\",\"params\":{\"text\":\"Hi\",\"phone\":\"+1\"}}]").json()
                .at("/_embedded/notes/0/id").asLong();
        JsonNode stored = sandbox.data().get("leads/notes", under).orElseThrow();
        assertThat(stored.get("entity_id").asLong()).isEqualTo(lead);
        assertThat(stored.get("created_at").asLong()).isEqualTo(T0);

        JsonNode note = http.get("/api/v4/leads/notes/" + id).json();
        assertThat(note.fieldNames()).toIterable().containsExactly("id", "entity_id", "created_by", "updated_by",
                "created_at", "updated_at", "responsible_user_id", "group_id", "note_type", "params", "account_id",
                "_links");
        assertThat(note.at("/params/text").asText()).isEqualTo("Hello");
        assertThat(http.get("/api/v4/leads/" + lead + "/notes/" + id).json()).isEqualTo(note);
        assertThat(http.get("/api/v4/contacts/" + lead + "/notes/" + id).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/contacts/notes/" + id).status()).isEqualTo(204);
    }

    @Test
    void listsFilterOrderAndAnswer204WhenEmpty() {
        long lead = lead();
        assertThat(http.get("/api/v4/leads/notes").status()).isEqualTo(204);
        String common = "{\"note_type\":\"common\",\"params\":{\"text\":\"t\"}}";
        String sms = "{\"note_type\":\"sms_in\",\"params\":{\"text\":\"t\",\"phone\":\"+1\"}}";
        for (String note : new String[]{common, sms, common}) {
            sandbox.clock().advanceSeconds(10);
            assertThat(http.post("/api/v4/leads/" + lead + "/notes", "[" + note + "]").status()).isEqualTo(200);
        }
        JsonNode all = http.get("/api/v4/leads/" + lead + "/notes?order[updated_at]=desc").json();
        assertThat(all.at("/_embedded/notes").findValuesAsText("note_type")).containsExactly("common", "sms_in",
                "common");
        assertThat(all.at("/_embedded/notes/0/updated_at").asLong()).isEqualTo(T0 + 30);
        assertThat(all.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + lead
                                                                   + "/notes?order[updated_at]=desc&page=1&limit=50");
        assertThat(http.get("/api/v4/leads/notes?filter[note_type]=sms_in").json().at("/_embedded/notes")
                .size()).isEqualTo(1);
        assertThat(http.get("/api/v4/leads/notes?filter[updated_at][from]=" + (T0 + 20)).json()
                .at("/_embedded/notes").size()).isEqualTo(2);
        assertThat(http.get("/api/v4/leads/notes?filter[updated_at]=" + (T0 + 20)).json()
                .at("/_embedded/notes").size()).isEqualTo(1); // a lone value: changed after it
        assertThat(http.get("/api/v4/leads/notes?filter[foo]=1").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/leads/notes?order[created_at]=asc").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/contacts/notes").status()).isEqualTo(204);
    }

    @Test
    void refusesUnknownParamsTypesAndEntities() {
        long lead = lead();
        Http.Response bad = http.post("/api/v4/leads/notes", "[{\"entity_id\":" + lead + ",\"note_type\":\"common\","
                                                             + "\"params\":{\"text\":\"x\",\"color\":\"red\"}},{\"entity_id\":1,\"note_type\":\"common\","
                                                             + "\"params\":{\"text\":\"x\"}},{\"entity_id\":" + lead
                                                             + ",\"note_type\":\"fax\",\"params\":{}},"
                                                             + "{\"entity_id\":" + lead
                                                             + ",\"note_type\":\"geolocation\",\"params\":{\"text\":\"t\","
                                                             + "\"longitude\":53.7}}]");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode groups = bad.json().get("validation-errors");
        assertThat(groups.get(0).at("/errors/0/code").asText()).isEqualTo("FieldNotExpected");
        assertThat(groups.get(0).at("/errors/0/path").asText()).isEqualTo("params.color");
        assertThat(groups.get(1).at("/errors/0/path").asText()).isEqualTo("entity_id");
        assertThat(groups.get(2).at("/errors/0/path").asText()).isEqualTo("note_type");
        assertThat(groups.get(3).at("/errors/0").toString()).contains("InvalidType", "params.longitude");
        assertThat(sandbox.data().count("leads/notes")).isZero();
    }

    @Test
    void editsNotesInBatchAndSingleForms() {
        long lead = lead();
        long id = http.post("/api/v4/leads/notes", "[{\"entity_id\":" + lead + ",\"note_type\":\"sms_in\","
                                                   + "\"params\":{\"text\":\"old\",\"phone\":\"+1\"}}]")
                .json().at("/_embedded/notes/0/id").asLong();
        sandbox.clock().advanceSeconds(5);
        JsonNode batch = http.patch("/api/v4/leads/notes", "[{\"id\":" + id + ",\"note_type\":\"sms_in\","
                                                           + "\"params\":{\"text\":\"new\",\"phone\":\"+1\"}}]")
                .json();
        assertThat(batch.at("/_embedded/notes/0").fieldNames()).toIterable()
                .containsExactly("id", "entity_id", "updated_at", "_links");
        assertThat(batch.at("/_embedded/notes/0/updated_at").asLong()).isEqualTo(T0 + 5);
        JsonNode single = http.patch("/api/v4/leads/" + lead + "/notes/" + id,
                "{\"params\":{\"text\":\"newer\",\"phone\":\"+2\"}}").json();
        assertThat(single.get("id").asLong()).isEqualTo(id);
        assertThat(sandbox.data().get("leads/notes", id).orElseThrow().at("/params/text").asText())
                .isEqualTo("newer");
        assertThat(http.patch("/api/v4/leads/notes/" + id, "{\"entity_id\":" + (lead + 1) + "}").status())
                .isEqualTo(400);
    }
}
