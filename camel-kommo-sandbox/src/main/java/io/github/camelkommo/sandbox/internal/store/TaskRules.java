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
package io.github.camelkommo.sandbox.internal.store;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tasks: {@code text} and {@code complete_till} are required (checked from the table); {@code task_type_id} must be
 * one of the account's task types; {@code entity_id} and {@code entity_type} come together and must name a stored
 * lead, contact or company; {@code result} is {@code {text}}, and an empty PHP array {@code []} while the task has
 * no result (as Kommo sends it: a real {@code GET /api/v4/tasks/{id}} capture shows {@code "result": []}).
 */
final class TaskRules implements EntityRules {

    private static final Map<String, EntityType> ATTACHABLE = Map.of(
            "leads", EntityType.LEADS, "contacts", EntityType.CONTACTS, "companies", EntityType.COMPANIES);

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode task = Json.object();
        task.put("id", id);
        EntityRules.stampAuthorship(task, user, now);
        task.put("responsible_user_id", user);
        task.put("group_id", 0);
        task.putNull("entity_id");
        task.putNull("entity_type");
        task.put("duration", 0);
        task.put("is_completed", false);
        task.put("task_type_id", 1);
        task.put("text", "");
        task.putArray("result");
        task.put("complete_till", now);
        task.put("account_id", store.accountId());
        return task;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        References.checkUser(item, "responsible_user_id", store, violations);
        if (item.has("task_type_id") && !store.taskTypeIds().contains(item.get("task_type_id").asLong())) {
            violations.notSupportedChoice("task_type_id");
        }
        JsonNode entityId = item.has("entity_id") ? item.get("entity_id") : fieldOf(existing, "entity_id");
        JsonNode entityType = item.has("entity_type") ? item.get("entity_type") : fieldOf(existing, "entity_type");
        boolean hasId = entityId != null && !entityId.isNull();
        boolean hasType = entityType != null && !entityType.isNull();
        if (hasId && !hasType) {
            violations.notBlank("entity_type");
        } else if (hasType && !hasId) {
            violations.notBlank("entity_id");
        } else if (hasId) {
            Optional<EntityType> target = Optional.ofNullable(ATTACHABLE.get(entityType.asText()));
            if (target.isEmpty()) {
                violations.notSupportedChoice("entity_type");
            } else if (store.find(target.get(), entityId.asLong()).isEmpty()) {
                violations.notSupportedChoice("entity_id");
            }
        }
        JsonNode result = item.get("result");
        if (result != null && result.has("text") && !result.get("text").isTextual()) {
            violations.invalidType("result.text", JsonKind.STRING);
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        JsonNode result = item.get("result");
        if (result != null) {
            JsonNode text = result.get("text");
            boolean empty = text == null || text.isNull() || text.asText().isEmpty();
            target.set("result", empty ? Json.array() : Json.object().put("text", text.asText()));
        }
    }

    private static JsonNode fieldOf(ObjectNode node, String field) {
        return node == null ? null : node.get(field);
    }
}
