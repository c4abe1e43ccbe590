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
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.CrmEntity;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Task;
import io.github.camelkommo.model.TaskResult;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-modify-write, as the user guide shows it: an entity fetched with {@code get} and sent back with
 * {@code update} carries everything Kommo answered (read-only fields, links, custom fields' names and types, tag
 * colours), and the sandbox, like Kommo, refuses a key it does not take with {@code FieldNotExpected}. The update must
 * go through and change only what the route changed.
 */
class ReadModifyWriteTest extends KommoTestSupport {

    /** Keys Kommo answers but does not accept in a write, anywhere in the body. */
    private static final List<String> READ_ONLY = List.of("\"group_id\"", "\"is_deleted\"", "\"account_id\"",
            "\"closest_task_at\"", "\"score\"", "\"labor_cost\"", "\"_links\"", "\"field_name\"", "\"field_type\"",
            "\"color\"", "\"is_unsorted\"", "\"updated_at\"");

    private final ObjectMapper mapper = KommoJson.newMapper();

    private ObjectNode json(String text) {
        try {
            return (ObjectNode) mapper.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private long fieldId(String entity, String name) {
        return sandbox().data().customFields(entity).stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long firstEnumId(String entity, String field) {
        JsonNode definition = sandbox().data().customFields(entity).stream()
                .filter(f -> f.get("name").asText().equals(field)).findFirst().orElseThrow();
        return definition.path("enums").get(0).path("id").asLong();
    }

    /** Fetches the entity through a route, lets {@code change} modify it, sends it back and returns the PATCH body. */
    private <T extends CrmEntity> String roundTrip(String entity, long id, Class<T> type, Consumer<T> change) {
        sandbox().clock().advanceSeconds(30);
        T fetched = template.requestBody("kommo:" + entity + "?operation=get&entityId=" + id, null, type);
        change.accept(fetched);
        template.requestBody("kommo:" + entity + "?operation=update", fetched);
        List<RecordedRequest> patches = sandbox().stats().requests("PATCH", "/api/v4/" + entity);
        assertThat(patches).extracting(RecordedRequest::status).containsExactly(200);
        return patches.get(0).body();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the user guide's read-modify-write example ("Bodies and models"), word for word
                from("direct:raise")
                        .setHeader("CamelKommoEntityId", simple("${body}"))
                        .to("kommo:leads?operation=get") // a Lead with everything Kommo sent
                        .process(e -> e.getMessage().getBody(Lead.class).setPrice(2500L))
                        .to("kommo:leads?operation=update"); // sends id, price and the writable rest
            }
        };
    }

    @Test
    void theUserGuidesExampleRaisesAPrice() {
        long id = sandbox().data().list("leads").get(0).get("id").asLong();

        template.requestBody("direct:raise", id);

        assertThat(sandbox().stats().requests("PATCH", "/api/v4/leads")).extracting(RecordedRequest::status)
                .containsExactly(200);
        assertThat(sandbox().data().get("leads", id).orElseThrow().get("price").asLong()).isEqualTo(2500);
    }

    @Test
    void aFetchedLeadWithCustomFieldsAndTagsGoesBackChanged() {
        long source = fieldId("leads", "Source");
        long web = firstEnumId("leads", "Source");
        long comment = fieldId("leads", "Comment");
        long discount = fieldId("leads", "Discount");
        ObjectNode stored = sandbox().data().create("leads", json("""
                {"name": "Deal", "price": 10,
                 "custom_fields_values": [
                   {"field_id": %d, "values": [{"enum_id": %d}]},
                   {"field_id": %d, "values": [{"value": "call after 5"}]},
                   {"field_id": %d, "values": [{"value": 15}]}],
                 "_embedded": {"tags": [{"name": "Gold client"}, {"name": "Inbound"}]}}""".formatted(source, web,
                comment, discount)));
        long id = stored.get("id").asLong();

        String patch = roundTrip("leads", id, Lead.class, lead -> lead.setPrice(20L));

        assertThat(patch).contains("\"price\":20");
        assertThat(READ_ONLY).allSatisfy(key -> assertThat(patch).doesNotContain(key));
        ObjectNode after = sandbox().data().get("leads", id).orElseThrow();
        assertThat(after.get("price").asLong()).isEqualTo(20);
        assertThat(after.get("updated_at").asLong()).as("Kommo stamps the change")
                .isEqualTo(stored.get("updated_at").asLong() + 30);
        assertThat(after.get("custom_fields_values")).isEqualTo(stored.get("custom_fields_values"));
        assertThat(after.path("_embedded").path("tags").findValuesAsText("name")).containsExactly("Gold client",
                "Inbound");
    }

    @Test
    void aFetchedContactWithPhonesGoesBackChanged() {
        long phone = fieldId("contacts", "Phone");
        long position = fieldId("contacts", "Position");
        ObjectNode stored = sandbox().data().create("contacts", json("""
                {"name": "Ann", "first_name": "Ann",
                 "custom_fields_values": [
                   {"field_id": %d, "values": [{"value": "+1 555 0100", "enum_code": "WORK"},
                                               {"value": "+1 555 0101", "enum_code": "MOB"}]},
                   {"field_id": %d, "values": [{"value": "Buyer"}]}],
                 "_embedded": {"tags": [{"name": "Lead magnet"}]}}""".formatted(phone, position)));
        long id = stored.get("id").asLong();

        String patch = roundTrip("contacts", id, Contact.class,
                contact -> contact.setName("Ann Buyer"));

        assertThat(READ_ONLY).allSatisfy(key -> assertThat(patch).doesNotContain(key));
        assertThat(patch).contains("\"enum_code\":\"WORK\"");
        ObjectNode after = sandbox().data().get("contacts", id).orElseThrow();
        assertThat(after.get("name").asText()).isEqualTo("Ann Buyer");
        assertThat(after.get("custom_fields_values")).isEqualTo(stored.get("custom_fields_values"));
        assertThat(after.path("_embedded").path("tags").findValuesAsText("name")).containsExactly("Lead magnet");
    }

    @Test
    void aFetchedCompanyGoesBackChanged() {
        long url = fieldId("companies", "Web");
        ObjectNode stored = sandbox().data().create("companies",
                json("""
                        {"name": "Acme", "custom_fields_values": [{"field_id": %d, "values": [{"value": "https://acme.example"}]}],
                         "_embedded": {"tags": [{"name": "Partner"}]}}"""
                        .formatted(url)));
        long id = stored.get("id").asLong();

        String patch = roundTrip("companies", id, Company.class,
                company -> company.setName("Acme Ltd"));

        assertThat(READ_ONLY).allSatisfy(key -> assertThat(patch).doesNotContain(key));
        ObjectNode after = sandbox().data().get("companies", id).orElseThrow();
        assertThat(after.get("name").asText()).isEqualTo("Acme Ltd");
        assertThat(after.get("custom_fields_values")).isEqualTo(stored.get("custom_fields_values"));
    }

    @Test
    void anOpenTaskIsReadAndCompletedWithAResult() {
        ObjectNode stored = sandbox().data().create("tasks", json("""
                {"text": "Call Ann", "complete_till": %d}""".formatted(SANDBOX_EPOCH + 3600)));
        long id = stored.get("id").asLong();

        String patch = roundTrip("tasks", id, Task.class, task -> {
            assertThat(task.getResult() == null || task.getResult().getText() == null)
                    .as("an open task has no result (Kommo sends [])").isTrue();
            task.setIsCompleted(true);
            TaskResult result = new TaskResult();
            result.setText("Talked");
            task.setResult(result);
        });

        assertThat(READ_ONLY).allSatisfy(key -> assertThat(patch).doesNotContain(key));
        ObjectNode after = sandbox().data().get("tasks", id).orElseThrow();
        assertThat(after.get("is_completed").asBoolean()).isTrue();
        assertThat(after.path("result").path("text").asText()).isEqualTo("Talked");
    }
}
