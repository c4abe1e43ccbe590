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
 * Calls logged by telephony (amoCRM calls-api): matched by the last 10 digits of the phone, placed on the card's one
 * active lead or else on the card, as {@code call_in}/{@code call_out} notes; an unknown phone is reported per call.
 */
class CallsTest extends SandboxTestSupport {

    private long contact(String phone) {
        return sandbox.data().create("contacts",
                (ObjectNode) Http.parse("{\"name\": \"Grace\", \"custom_fields_values\":"
                                        + " [{\"field_code\": \"PHONE\", \"values\": [{\"value\": \"" + phone
                                        + "\"}]}]}"))
                .get("id").asLong();
    }

    private static String call(String direction, String phone) {
        return "{\"direction\": \"" + direction + "\", \"duration\": 42, \"source\": \"pbx\", \"phone\": \"" + phone
               + "\", \"call_status\": 4, \"call_result\": \"Talked\", \"link\": \"https://pbx.example/r.mp3\"}";
    }

    @Test
    void aCallForAContactsPhoneIsANoteOnTheContactAndUnknownPhonesAreReported() {
        long grace = contact("+44 20 7946 0958");
        Http.Response answer = http.post("/api/v4/calls", "[" + call("inbound", "0207-946-0958") + ", "
                                                          + call("outbound", "+1 555 000 0000") + ", "
                                                          + call("outbound", "7946 0958") + "]");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("_total_items").asInt()).isEqualTo(1); // 8 digits are not the last 10
        assertThat(body.at("/_embedded/calls/0/entity_type").asText()).isEqualTo("contact");
        assertThat(body.at("/_embedded/calls/0/entity_id").asLong()).isEqualTo(grace);
        assertThat(body.at("/_embedded/calls/0/request_id").asText()).isEqualTo("0");
        assertThat(body.get("errors").findValuesAsText("request_id")).containsExactly("1", "2");

        JsonNode note = http.get("/api/v4/contacts/" + grace + "/notes").json().at("/_embedded/notes/0");
        assertThat(note.get("note_type").asText()).isEqualTo("call_in");
        assertThat(note.get("id").asLong()).isEqualTo(body.at("/_embedded/calls/0/id").asLong());
        assertThat(note.at("/params/duration").asInt()).isEqualTo(42);
        assertThat(note.at("/params/phone").asText()).isEqualTo("0207-946-0958");
        assertThat(note.at("/params/call_status").asInt()).isEqualTo(4);
    }

    @Test
    void aCallLandsOnTheContactsOneActiveLeadElseOnTheContact() {
        long grace = contact("+1 555 0177");
        long deal = sandbox.data().create("leads", (ObjectNode) Http.parse("{\"name\": \"Deal\", \"_embedded\": "
                                                                           + "{\"contacts\": [{\"id\": " + grace
                                                                           + "}]}}"))
                .get("id").asLong();
        JsonNode onLead = http.post("/api/v4/calls", "[" + call("outbound", "15550177") + "]").json();
        assertThat(onLead.at("/_embedded/calls/0/entity_type").asText()).isEqualTo("lead");
        assertThat(onLead.at("/_embedded/calls/0/entity_id").asLong()).isEqualTo(deal);
        assertThat(http.get("/api/v4/leads/" + deal + "/notes").json().at("/_embedded/notes/0/note_type").asText())
                .isEqualTo("call_out");

        sandbox.data().create("leads", (ObjectNode) Http.parse("{\"name\": \"Second deal\", \"_embedded\": "
                                                               + "{\"contacts\": [{\"id\": " + grace + "}]}}"));
        JsonNode onContact = http.post("/api/v4/calls", "[" + call("inbound", "15550177") + "]").json();
        assertThat(onContact.at("/_embedded/calls/0/entity_type").asText()).isEqualTo("contact");
        assertThat(onContact.at("/_embedded/calls/0/_embedded/entity/_links/self/href").asText())
                .endsWith("/api/v4/contacts/" + grace);
    }

    @Test
    void aMalformedCallRefusesTheBatch() {
        long grace = contact("+1 555 0188");
        Http.Response bad = http.post("/api/v4/calls", "[" + call("inbound", "5550188") + ", {\"direction\": "
                                                       + "\"sideways\", \"source\": \"pbx\", \"phone\": \"1\", \"call_status\": 9, \"colour\": 1}]");
        assertThat(bad.status()).isEqualTo(400);
        String errors = bad.json().at("/validation-errors/0/errors").toString();
        assertThat(errors).contains("NotSupportedChoice", "direction", "NotBlank", "duration", "call_status",
                "FieldNotExpected", "colour");
        assertThat(bad.json().at("/validation-errors/0/request_id").asText()).isEqualTo("1");
        assertThat(http.get("/api/v4/contacts/" + grace + "/notes").status()).isEqualTo(204);
    }
}
