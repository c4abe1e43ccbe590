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
package io.github.camelkommo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.model.Call;
import io.github.camelkommo.model.Unsorted;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Incoming leads (amoCRM unsorted-api; ground-truth/unsorted) and calls logged by telephony (calls-api;
 * ground-truth/calls) through the one producer, against the sandbox's stored leads and notes.
 */
class IncomingLeadsTest extends KommoTestSupport {

    private static Map<String, Object> webForm(String lead) {
        return Map.of("source_uid", "site-form", "source_name", "Website", "_embedded",
                Map.of("leads", List.of(Map.of("name", lead, "price", 1200)), "contacts",
                        List.of(Map.of("first_name", "Ada"))),
                "metadata", Map.of("form_id", "contact-us", "form_name", "Contact us", "form_page",
                        "https://example.test", "form_sent_at", 1_767_225_600L, "ip", "192.0.2.1", "referer",
                        "https://example.test/ads"));
    }

    private long secondStage() {
        long pipeline = sandbox().data().mainPipelineId();
        return sandbox().data().statuses(pipeline).stream().filter(s -> s.get("type").asInt() == 0)
                .skip(1).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void aWebFormLeadArrivesAsAnUnsortedItemIsAcceptedIntoAStageAndFoundThere() {
        Unsorted added = template.requestBody("kommo:unsorted?operation=create", webForm("Website enquiry"),
                Unsorted.class);
        String uid = added.getUid();
        long lead = added.getEmbedded().getLeads().get(0).getId();
        List<?> waiting = template.requestBody("kommo:unsorted?operation=list", null, List.class);
        Unsorted read = template.requestBodyAndHeader("kommo:unsorted?operation=get", null, KommoConstants.UID, uid,
                Unsorted.class);
        long stage = secondStage();

        template.requestBodyAndHeader("kommo:unsorted?operation=accept", Map.of("status_id", stage),
                KommoConstants.UID, uid);

        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/unsorted/forms"))
                .extracting(RecordedRequest::status).containsExactly(200);
        assertThat(waiting).extracting(item -> ((Unsorted) item).getUid()).contains(uid);
        assertThat(read.getCategory()).isEqualTo("forms");
        assertThat(read.getMetadata()).containsEntry("form_name", "Contact us");
        JsonNode stored = sandbox().data().get("leads", lead).orElseThrow();
        assertThat(stored.get("status_id").asLong()).isEqualTo(stage);
        assertThat(stored.get("name").asText()).isEqualTo("Website enquiry");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = template.requestBody("kommo:unsorted?operation=summary", null, Map.class);
        assertThat(summary).containsEntry("accepted", 1);
    }

    @Test
    void aDeclinedItemsLeadIsDeleted() {
        Unsorted added = template.requestBody("kommo:unsorted?operation=create&unsortedType=forms",
                webForm("Spam"), Unsorted.class);
        long lead = added.getEmbedded().getLeads().get(0).getId();

        template.requestBodyAndHeader("kommo:unsorted?operation=decline", null, KommoConstants.UID, added.getUid());

        assertThat(sandbox().data().get("leads", lead)).isEmpty();
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/leads/unsorted/" + added.getUid() + "/decline"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void anItemWhoseKindCannotBeToldFailsBeforeAnyRequestNamingTheOption() {
        Map<String, Object> unknown = Map.of("source_uid", "x", "source_name", "X", "metadata", Map.of(),
                "_embedded", Map.of("leads", List.of(Map.of("name", "?"))));

        assertThatThrownBy(() -> template.requestBody("kommo:unsorted?operation=create", unknown))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsortedType=forms or sip").hasMessageContaining(KommoConstants.UNSORTED_TYPE);
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/unsorted")).isEmpty();
    }

    @Test
    void aCallForAContactsPhoneBecomesACallNoteOnTheContactAndAnUnknownPhoneIsReportedByPosition() {
        ObjectNode contact = JsonNodeFactory.instance.objectNode().put("name", "Grace");
        contact.putArray("custom_fields_values").addObject().put("field_code", "PHONE").putArray("values")
                .addObject().put("value", "+44 20 7946 0958");
        long grace = sandbox().data().create("contacts", contact).get("id").asLong();
        Map<String, Object> known = Map.of("direction", "inbound", "duration", 42, "source", "pbx", "phone",
                "0207-946-0958", "call_status", 4, "call_result", "Talked");
        Map<String, Object> unknown = Map.of("direction", "outbound", "duration", 5, "source", "pbx", "phone",
                "+1 555 000 0000");

        Call logged = template.requestBody("kommo:calls?operation=create", known, Call.class);
        Throwable failed = catchThrowable(
                () -> template.requestBody("kommo:calls?operation=create", List.of(known, unknown)));
        assertThat(failed).isInstanceOf(CamelExecutionException.class);
        assertThat(failed.getCause()).isInstanceOf(KommoException.class);
        KommoException partly = (KommoException) failed.getCause();

        assertThat(logged.getEntityId()).isEqualTo(grace);
        assertThat(logged.getEntityType()).isEqualTo("contact");
        List<JsonNode> notes = sandbox().data().list("contacts/notes").stream()
                .filter(n -> n.get("entity_id").asLong() == grace).map(JsonNode.class::cast).toList();
        assertThat(notes).extracting(n -> n.get("note_type").asText()).containsExactly("call_in", "call_in");
        assertThat(notes.get(0).at("/params/duration").asInt()).isEqualTo(42);
        assertThat(partly.getMessage()).contains("refused the items at input positions [1]", "404");
        assertThat(partly.getWriteOutcome().written()).hasSize(1);
        assertThat(partly.getWriteOutcome().notWritten()).containsExactly(1);
    }
}
