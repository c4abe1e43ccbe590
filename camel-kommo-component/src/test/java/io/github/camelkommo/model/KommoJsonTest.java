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
package io.github.camelkommo.model;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tolerant reader: each shape Kommo's PHP back end sends besides the documented one binds. */
class KommoJsonTest {

    private final ObjectMapper mapper = KommoJson.newMapper();

    @Test
    void anOpenTaskSendsItsResultAsAnEmptyArray() throws Exception {
        Task task = mapper.readValue("""
                {"id": 7, "text": "Call", "is_completed": false, "result": [], "complete_till": 1700000000}""",
                Task.class);
        assertThat(task.getResult()).isNull();
        assertThat(task.getIsCompleted()).isFalse();
        assertThat(task.getCompleteTill()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void anEmptyEmbeddedObjectMayComeAsAnEmptyArray() throws Exception {
        Lead lead = mapper.readValue("""
                {"id": 1, "_embedded": [], "custom_fields_values": null}""", Lead.class);
        assertThat(lead.getEmbedded()).isNull();
        assertThat(lead.getCustomFieldsValues()).isNull();
    }

    @Test
    void numbersAndBooleansSentAsStringsOrDigitsBind() throws Exception {
        Lead lead = mapper.readValue("""
                {"id": "42", "price": "1500", "status_id": 142.0, "is_deleted": "0", "created_at": "1700000000",
                 "closest_task_at": false, "loss_reason_id": ""}""", Lead.class);
        assertThat(lead.getId()).isEqualTo(42L);
        assertThat(lead.getPrice()).isEqualTo(1500L);
        assertThat(lead.getStatusId()).isEqualTo(142L);
        assertThat(lead.getIsDeleted()).isFalse();
        assertThat(lead.getCreatedAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(lead.getClosestTaskAt()).isNull();
        assertThat(lead.getLossReasonId()).isNull();
        Task task = mapper.readValue("{\"is_completed\": 1}", Task.class);
        assertThat(task.getIsCompleted()).isTrue();
    }

    @Test
    void aListSentAsAnObjectKeyedByPositionReadsAsItsValues() throws Exception {
        Contact contact = mapper.readValue("""
                {"id": 3, "custom_fields_values": {"0": {"field_id": 5, "values": [{"value": "a"}]},
                                                   "2": {"field_id": 6, "values": {"0": {"value": "b"}}}}}""",
                Contact.class);
        assertThat(contact.getCustomFieldsValues()).extracting(CustomFieldValue::getFieldId).containsExactly(5L, 6L);
        assertThat(contact.getCustomFieldsValues().get(1).getValues()).extracting(CustomFieldValue.Value::getValue)
                .containsExactly("b");
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        String json = """
                {"id": 9, "name": "Deal", "price_with_minor_units": 150000, "_links": {"self": {"href": "x"}}}""";
        Lead lead = mapper.readValue(json, Lead.class);
        assertThat(lead.getOtherFields()).containsKeys("price_with_minor_units", "_links");
        JsonNode back = mapper.readTree(mapper.writeValueAsString(lead));
        assertThat(back).isEqualTo(mapper.readTree(json));
    }

    @Test
    void aUserWhoseRightsAreAnEmptyArrayBinds() throws Exception {
        User user = mapper.readValue("{\"id\": 1, \"name\": \"A\", \"rights\": []}", User.class);
        assertThat(user.getId()).isEqualTo(1L);
        assertThat(user.getRights()).isEmpty();
    }
}
