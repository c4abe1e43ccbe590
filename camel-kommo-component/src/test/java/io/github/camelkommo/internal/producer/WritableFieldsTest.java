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
package io.github.camelkommo.internal.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict writer: a model read from Kommo goes back with only the keys Kommo accepts in that write. */
class WritableFieldsTest {

    private final ObjectMapper mapper = KommoJson.newMapper();

    /** A lead as Kommo's GET /api/v4/leads/{id}?with=contacts answers, with custom fields of four types. */
    private static final String FETCHED_LEAD = """
            {"id": 3912171, "name": "Example", "price": 12, "responsible_user_id": 504141, "group_id": 0,
             "status_id": 143, "pipeline_id": 3104455, "loss_reason_id": 4203748, "source_id": null,
             "created_by": 504141, "updated_by": 504141, "created_at": 1585299171, "updated_at": 1590683337,
             "closed_at": 1590683337, "closest_task_at": null, "is_deleted": false, "score": null,
             "account_id": 28805383, "labor_cost": null, "is_price_modified_by_robot": false,
             "custom_fields_values": [
               {"field_id": 1, "field_name": "Budget", "field_code": null, "field_type": "numeric",
                "values": [{"value": "1200", "enum_id": null, "enum_code": null}]},
               {"field_id": 2, "field_name": "Source", "field_code": null, "field_type": "select",
                "values": [{"value": "Web", "enum_id": 21, "enum_code": null}]},
               {"field_id": 3, "field_name": "Phone", "field_code": "PHONE", "field_type": "multitext",
                "values": [{"value": "+100", "enum_id": 31, "enum_code": "WORK"}]},
               {"field_id": 4, "field_name": "Topics", "field_code": null, "field_type": "multiselect",
                "values": [{"value": "A", "enum_id": 41, "enum_code": "A"}]}],
             "_links": {"self": {"href": "https://example.kommo.com/api/v4/leads/3912171"}},
             "_embedded": {"tags": [{"id": 100667, "name": "VIP", "color": null}],
                           "companies": [{"id": 10971463, "_links": {"self": {"href": "x"}}}],
                           "contacts": [{"id": 10971465, "is_main": true, "_links": {"self": {"href": "x"}}}],
                           "loss_reason": [{"id": 4203748, "name": "Gone"}]}}""";

    /** The item as it goes on the wire, read back (so numbers compare by value). */
    private JsonNode written(KommoModel model, KommoEntity entity, WriteKind kind) throws Exception {
        return mapper.readTree(new BodyReader(mapper, model.getClass(), "kommo:" + entity,
                WritableFields.of(entity, kind)).read(model).items().get(0).toString());
    }

    @Test
    void aFetchedLeadIsUpdatedWithItsWritableFieldsOnly() throws Exception {
        Lead lead = mapper.readValue(FETCHED_LEAD, Lead.class);

        assertThat(written(lead, KommoEntity.leads, WriteKind.UPDATE)).isEqualTo(mapper.readTree(
                """
                        {"id": 3912171, "responsible_user_id": 504141, "name": "Example",
                         "custom_fields_values": [
                           {"field_id": 1, "values": [{"value": "1200"}]},
                           {"field_id": 2, "values": [{"value": "Web", "enum_id": 21}]},
                           {"field_id": 3, "field_code": "PHONE", "values": [{"value": "+100", "enum_id": 31, "enum_code": "WORK"}]},
                           {"field_id": 4, "values": [{"value": "A", "enum_id": 41}]}],
                         "_embedded": {"tags": [{"id": 100667, "name": "VIP"}]},
                         "price": 12, "status_id": 143, "pipeline_id": 3104455, "loss_reason_id": 4203748,
                         "closed_at": 1590683337}"""));
    }

    @Test
    void aNewLeadMayLinkContactsAndCompaniesButCarriesNoId() throws Exception {
        Lead lead = mapper.readValue(FETCHED_LEAD, Lead.class);

        JsonNode body = written(lead, KommoEntity.leads, WriteKind.CREATE);

        assertThat(body.has("id")).isFalse();
        assertThat(body.path("_embedded")).isEqualTo(mapper.readTree("""
                {"tags": [{"id": 100667, "name": "VIP"}], "companies": [{"id": 10971463}],
                 "contacts": [{"id": 10971465, "is_main": true}]}"""));
    }

    @Test
    void aCompletedTaskSendsOnlyTheTextOfItsResult() throws Exception {
        Task task = mapper.readValue(
                """
                        {"id": 5, "text": "Call", "group_id": 0, "account_id": 9, "is_completed": true, "complete_till": 1700000000,
                         "result": {"text": "Done", "extra": 1}, "_links": {"self": {"href": "x"}}}""",
                Task.class);

        assertThat(written(task, KommoEntity.tasks, WriteKind.UPDATE)).isEqualTo(mapper.readTree(
                """
                        {"id": 5, "text": "Call", "complete_till": 1700000000, "is_completed": true, "result": {"text": "Done"}}"""));
    }

    @Test
    void aMapIsSentAsGiven() {
        Map<String, Object> raw = Map.of("name", "x", "price_with_minor_units", 1200);

        JsonNode body = new BodyReader(mapper, Lead.class, "kommo:leads", WritableFields.of(KommoEntity.leads,
                WriteKind.UPDATE)).read(raw).items().get(0);

        assertThat(body.path("price_with_minor_units").asInt()).isEqualTo(1200);
    }
}
