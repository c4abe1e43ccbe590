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
package io.github.camelkommo.internal.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook calls of ground-truth/webhook-calls (the vendor's examples from amocrm.ru's webhooks-format page, and
 * real captures of note calls) decode from the form Kommo posts into the same models the producer returns, and no
 * documented field is lost: each is under its API v4 name or, where v4 has none, under its own. A note decodes to the
 * {@code Note} a poll of {@code GET /api/v4/{entity}/notes} returns, on the entity its {@code element_type} names.
 */
class WebhookDecoderTest {

    private static final Map<String, String> V4_NAMES = Map.of("last_modified", "updated_at", "date_create",
            "created_at", "created_user_id", "created_by", "modified_user_id", "updated_by", "custom_fields",
            "custom_fields_values", "element_id", "entity_id", "element_type", "entity_type", "task_type",
            "task_type_id");

    private final ObjectMapper mapper = KommoJson.newMapper();

    private JsonNode example(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ground-truth/webhook-calls/" + name)) {
            assertThat(in).as(name + " on the test classpath").isNotNull();
            return mapper.readTree(in);
        }
    }

    private WebhookChange only(String name) throws IOException {
        List<WebhookChange> changes = WebhookDecoder.decode(WebhookForm.parse(example(name).get("form").asText()),
                1_700_000_000L);
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    /** The change bound to its model and written back: every documented field is there under its v4 or own name. */
    private <T extends KommoModel> T bound(WebhookChange change, JsonNode documented, Class<T> model)
            throws IOException {
        T bound = mapper.treeToValue(change.entityJson(), model);
        JsonNode back = mapper.valueToTree(bound);
        List<String> lost = new ArrayList<>();
        documented.fieldNames().forEachRemaining(field -> {
            String v4 = V4_NAMES.getOrDefault(field, field);
            boolean kept = back.has(v4) || back.has("webhook_" + field)
                           || field.equals("status") && back.has("is_completed");
            if (!kept) {
                lost.add(field);
            }
        });
        assertThat(lost).as("documented fields missing after binding %s", model.getSimpleName()).isEmpty();
        return bound;
    }

    @Test
    void aLeadsStageChange() throws IOException {
        WebhookChange change = only("lead-status.json");
        assertThat(change.entity()).isEqualTo(KommoEntity.leads);
        assertThat(change.changeType()).isEqualTo("status");
        assertThat(change.id()).isEqualTo(25399013L);
        assertThat(change.updatedAt()).isEqualTo(1413554372L);
        Lead lead = bound(change, example("lead-status.json").at("/payload/leads/status/0"), Lead.class);
        assertThat(lead.getName()).isEqualTo("Lead title");
        assertThat(lead.getStatusId()).isEqualTo(142L);
        assertThat(lead.getOtherFields()).containsEntry("old_status_id", 7039101L);
        assertThat(lead.getCustomFieldsValues()).hasSize(5);
        assertThat(lead.getCustomFieldsValues().get(3).getFieldId()).isEqualTo(427661L);
        assertThat(lead.getCustomFieldsValues().get(3).getValues().get(0).getValue()).isEqualTo("Валера");
    }

    @Test
    void aContactAdded() throws IOException {
        WebhookChange change = only("contact-add.json");
        assertThat(change.entity()).isEqualTo(KommoEntity.contacts);
        assertThat(change.changeType()).isEqualTo("created");
        Contact contact = bound(change, example("contact-add.json").at("/payload/contacts/add/0"), Contact.class);
        assertThat(contact.getId()).isEqualTo(10952709L);
        assertThat(contact.getCustomFieldsValues().get(0).getFieldCode()).isEqualTo("PHONE");
        assertThat(contact.getCustomFieldsValues().get(0).getValues().get(0).getEnumId()).isEqualTo(311321L);
        assertThat(contact.getOtherFields()).containsKeys("linked_leads_id", "company_name", "type");
    }

    @Test
    void aCompanyAddedArrivesUnderContacts() throws IOException {
        WebhookChange change = only("company-add.json");
        assertThat(change.entity()).isEqualTo(KommoEntity.companies);
        Company company = bound(change, example("company-add.json").at("/payload/contacts/add/0"), Company.class);
        assertThat(company.getName()).isEqualTo("Компания");
        assertThat(change.updatedAt()).isEqualTo(1684402979L);
    }

    @Test
    void aTaskCompleted() throws IOException {
        WebhookChange change = only("task-update.json");
        assertThat(change.entity()).isEqualTo(KommoEntity.tasks);
        assertThat(change.changeType()).isEqualTo("updated");
        Task task = bound(change, example("task-update.json").at("/payload/task/update/0/0"), Task.class);
        assertThat(task.getId()).isEqualTo(11122233L);
        assertThat(task.getEntityId()).isEqualTo(33322211L);
        assertThat(task.getEntityType()).isEqualTo("leads");
        assertThat(task.getIsCompleted()).isTrue();
        assertThat(task.getText()).isEqualTo("Follow-up");
    }

    @Test
    void aDeletionCarriesOnlyTheIdAndIsTimedByItsArrival() {
        List<WebhookChange> changes = WebhookDecoder.decode(WebhookForm.parse(
                "leads%5Bdelete%5D%5B0%5D%5Bid%5D=7&leads%5Bdelete%5D%5B0%5D%5Bstatus_id%5D=142"), 1_700_000_123L);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.isDeletion()).isTrue();
            assertThat(change.ledgerKey()).isEqualTo(-7L);
            assertThat(change.updatedAt()).isEqualTo(1_700_000_123L);
            assertThat(change.entityJson().get("is_deleted").asBoolean()).isTrue();
        });
    }

    @Test
    void aRealNoteOnALeadDecodesToTheNoteAPollReturns() throws IOException {
        WebhookChange change = only("note-lead-common.json");
        assertThat(change.entity()).isEqualTo(KommoEntity.leads);
        assertThat(change.changeType()).isEqualTo("note");
        assertThat(change.id()).isEqualTo(22060555L);
        assertThat(change.updatedAt()).isEqualTo(1601242011L);
        Note note = mapper.treeToValue(change.entityJson(), Note.class);
        assertThat(note.getId()).isEqualTo(213313359L);
        assertThat(note.getEntityId()).isEqualTo(22060555L);
        assertThat(note.getNoteType()).isEqualTo("common");
        assertThat(note.getParams()).containsOnlyKeys("text");
        assertThat((String) note.getParams().get("text")).startsWith("Количество этажей").contains("\nTelegram\n");
        assertThat(note.getCreatedAt()).isEqualTo(Instant.ofEpochSecond(1601242011L));
        assertThat(note.getUpdatedAt()).isEqualTo(Instant.ofEpochSecond(1601242011L));
        assertThat(note.getCreatedBy()).isEqualTo(1608151L);
        assertThat(note.getUpdatedBy()).isEqualTo(1608151L);
        assertThat(note.getResponsibleUserId()).isEqualTo(1608151L);
        assertThat(note.getGroupId()).isEqualTo(258124L);
        assertThat(note.getAccountId()).isEqualTo(15109720L);
        assertThat(note.getOtherFields()).as("nothing a poll's note does not have").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"note-company.json, companies, 21992826", "note-company-2017.json, companies, 21992826",
            "note-contact-2017.json, contacts, 21999476"})
    void aNoteIsOnTheEntityItsElementTypeNames(String example, KommoEntity entity, long owner) throws IOException {
        WebhookChange change = only(example);
        assertThat(change.entity()).isEqualTo(entity);
        assertThat(change.id()).isEqualTo(owner);
        Note note = mapper.treeToValue(change.entityJson(), Note.class);
        assertThat(note.getEntityId()).isEqualTo(owner);
        assertThat(note.getNoteType()).isEqualTo("common");
        assertThat(note.getParams()).containsOnlyKeys("text");
    }

    @Test
    void aNoteWithoutUnixTimesKeepsItsLocalTimesAsSent() throws IOException {
        Note note = mapper.treeToValue(only("note-company-2017.json").entityJson(), Note.class);
        assertThat(note.getParams()).containsEntry("text", "Note to company");
        assertThat(note.getCreatedAt()).isNull();
        assertThat(note.getOtherFields()).containsEntry("webhook_date_create", "2017-01-09 13:01:34")
                .containsEntry("webhook_timestamp_x", "2017-01-09 13:01:35");
        assertThat(note.getResponsibleUserId()).isEqualTo(151516L);
    }

    @Test
    void aCallNoteCarriesTheCallsParams() throws IOException {
        Note note = mapper.treeToValue(only("note-lead-call-in.json").entityJson(), Note.class);
        assertThat(note.getNoteType()).isEqualTo("call_in");
        assertThat(note.getParams()).containsOnlyKeys("uniq", "duration", "source", "link", "phone")
                .containsEntry("uniq", "a1b2c3d4-0001").containsEntry("source", "example-telephony")
                .containsEntry("phone", "+79990001122")
                .containsEntry("link", "https://telephony.example.test/records/a1b2c3d4-0001.mp3");
        assertThat(((Number) note.getParams().get("duration")).longValue()).isEqualTo(74L);
    }

    @Test
    void aNoteOnACustomerIsNoChangeOfAServedEntity() {
        String form = "contacts%5Bnote%5D%5B0%5D%5Bnote%5D%5Belement_type%5D=12"
                      + "&contacts%5Bnote%5D%5B0%5D%5Bnote%5D%5Belement_id%5D=5"
                      + "&contacts%5Bnote%5D%5B0%5D%5Bnote%5D%5Bnote_type%5D=4";
        assertThat(WebhookDecoder.decode(WebhookForm.parse(form), 1_700_000_000L)).isEmpty();
    }
}
