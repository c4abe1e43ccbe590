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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;

/**
 * Turns a webhook call's tree ({@link WebhookForm}) into its entity events, each in the API v4 shape the models bind.
 * Kommo's webhooks use the older field names (amocrm.ru webhooks-format, K-WH): {@code last_modified} is
 * {@code updated_at}, {@code date_create} {@code created_at}, {@code created_user_id} {@code created_by},
 * {@code modified_user_id} {@code updated_by}, {@code custom_fields[{id, name, code, values}]}
 * {@code custom_fields_values[{field_id, field_name, field_code, values[{value, enum_id}]}]}, {@code tags} go under
 * {@code _embedded}; a task's {@code element_id}/{@code element_type} (1 contact, 2 lead, 3 company) are
 * {@code entity_id}/{@code entity_type}, {@code task_type} is {@code task_type_id}, {@code status} "1" is
 * {@code is_completed}. Every other field is kept under its own name (the models keep what they do not name), with
 * numbers as numbers; a task's "Y-m-d H:i:s" dates (in the account's time zone, which the call does not say) are kept
 * as sent and its unix {@code updated_at}/{@code complete_before} used instead. Companies arrive under
 * {@code contacts} with {@code type=company}; tasks under {@code task}. A note ({@link WebhookNote}) is on the entity its
 * {@code element_type} names, whatever key it arrives under: a company's note comes under {@code contacts} with no
 * {@code type}.
 */
public final class WebhookDecoder {

    /** Actions in the order their events are delivered when one call holds several for the same entity. */
    private static final List<String> ACTIONS = List.of("add", "restore", "status", "responsible", "update", "note",
            "delete");
    private static final Map<String, String> CHANGE_TYPES = Map.of("add", "created", "update", "updated", "status",
            "status", "responsible", "responsible", "delete", "deleted", "restore", "restored", "note", "note");
    private static final Map<String, String> RENAMED = Map.of("last_modified", "updated_at", "date_create",
            "created_at", "created_user_id", "created_by", "modified_user_id", "updated_by");
    private static final Set<String> NUMBERS = Set.of("id", "price", "status_id", "pipeline_id", "responsible_user_id",
            "group_id", "account_id", "created_by", "updated_by", "created_at", "updated_at", "closed_at",
            "loss_reason_id", "old_status_id", "old_pipeline_id", "old_responsible_user_id", "entity_id",
            "task_type_id", "complete_till", "linked_company_id", "main_user_id", "score", "closest_task_at");
    private static final String[] ELEMENT_TYPES = {null, "contacts", "leads", "companies"};

    private WebhookDecoder() {
    }

    /**
     * The entity events of a call, in form order per entity key and {@link #ACTIONS} order within it.
     *
     * @param receivedAt unix second the call arrived: the time of deletions, which carry none
     */
    public static List<WebhookChange> decode(ObjectNode form, long receivedAt) {
        List<WebhookChange> changes = new ArrayList<>();
        for (String key : List.of("leads", "contacts", "task")) {
            JsonNode byAction = form.path(key);
            for (String action : ACTIONS) {
                for (ObjectNode event : items(byAction.path(action))) {
                    change(key, action, event, receivedAt).ifPresent(changes::add);
                }
            }
        }
        return changes;
    }

    /**
     * Events come as a list ({@code [0][id]}), one object, or for a deletion a bare id; a list nested in the list (the
     * task example of the webhooks-format page: {@code [{"0": {...}}]}) is read through.
     */
    private static List<ObjectNode> items(JsonNode node) {
        List<ObjectNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isArray()) {
                    out.addAll(items(item));
                } else {
                    out.add(asEvent(item));
                }
            });
        } else if (node.isObject()) {
            boolean nested = node.size() > 0 && node.fields().next().getValue().isObject();
            if (nested) {
                node.forEach(item -> out.add(asEvent(item)));
            } else {
                out.add((ObjectNode) node);
            }
        } else if (node.isTextual()) {
            out.add(asEvent(node));
        }
        return out;
    }

    private static ObjectNode asEvent(JsonNode item) {
        if (item.isObject()) {
            return (ObjectNode) item;
        }
        return JsonNodeFactory.instance.objectNode().put("id", item.asText());
    }

    /** The event as a change; empty for a note on an entity the component does not serve (a customer). */
    private static Optional<WebhookChange> change(String key, String action, ObjectNode event, long receivedAt) {
        KommoEntity entity = switch (key) {
            case "leads" -> KommoEntity.leads;
            case "task" -> KommoEntity.tasks;
            default -> "company".equals(event.path("type").asText()) ? KommoEntity.companies : KommoEntity.contacts;
        };
        String changeType = CHANGE_TYPES.get(action);
        if ("note".equals(action)) {
            ObjectNode raw = event.get("note") instanceof ObjectNode inner ? inner : event;
            return WebhookNote.owner(raw, entity).map(owner -> {
                ObjectNode note = WebhookNote.v4(raw);
                return new WebhookChange(owner, action, changeType, note.path("entity_id").asLong(),
                        note.path("updated_at").asLong(receivedAt), note, event);
            });
        }
        ObjectNode json = v4(event, entity);
        long updatedAt = "delete".equals(action) ? receivedAt : json.path("updated_at").asLong(receivedAt);
        if ("delete".equals(action) && entity.isCard()) {
            json.put("is_deleted", true);
        }
        return Optional.of(
                new WebhookChange(entity, action, changeType, json.path("id").asLong(), updatedAt, json, event));
    }

    /** One event's fields in the API v4 shape. */
    static ObjectNode v4(ObjectNode event, KommoEntity entity) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean task = entity == KommoEntity.tasks;
        event.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "custom_fields" -> out.set("custom_fields_values", customFields(value));
                case "tags" -> out.putObject("_embedded").set("tags", numbered(value));
                case "element_id" -> out.set("entity_id", value);
                case "element_type" -> out.put("entity_type", elementType(value.asText()));
                case "task_type" -> out.set("task_type_id", value);
                case "status" -> {
                    if (task) {
                        out.put("is_completed", "1".equals(value.asText()));
                    } else {
                        out.set(name, value);
                    }
                }
                case "last_modified", "date_create", "complete_till" -> {
                    if (!task) {
                        out.set(RENAMED.getOrDefault(name, name), value);
                    } else {
                        out.set("webhook_" + name, value); // "Y-m-d H:i:s" in a time zone the call does not name
                    }
                }
                case "complete_before" -> out.set(task ? "complete_till" : name, value);
                default -> out.set(RENAMED.getOrDefault(name, name), value);
            }
        });
        numbers(out);
        return out;
    }

    private static String elementType(String code) {
        int index = code.chars().allMatch(Character::isDigit) && !code.isEmpty() ? Integer.parseInt(code) : 0;
        return index > 0 && index < ELEMENT_TYPES.length ? ELEMENT_TYPES[index] : code;
    }

    /** The old custom fields as {@code custom_fields_values}; a plain value list ({@code ["1"]}) as values. */
    private static ArrayNode customFields(JsonNode fields) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode field : fields) {
            ObjectNode v4 = out.addObject();
            field.fields().forEachRemaining(f -> {
                switch (f.getKey()) {
                    case "id" -> v4.set("field_id", number(f.getValue()));
                    case "name" -> v4.set("field_name", f.getValue());
                    case "code" -> v4.set("field_code", f.getValue());
                    case "values" -> {
                        ArrayNode values = v4.putArray("values");
                        for (JsonNode value : f.getValue()) {
                            ObjectNode v = values.addObject();
                            if (value.isObject()) {
                                value.fields().forEachRemaining(vf -> {
                                    if (vf.getKey().equals("enum")) {
                                        v.set("enum_id", number(vf.getValue()));
                                    } else {
                                        v.set(vf.getKey(), vf.getValue());
                                    }
                                });
                            } else {
                                v.set("value", value);
                            }
                        }
                    }
                    default -> v4.set(f.getKey(), f.getValue());
                }
            });
        }
        return out;
    }

    private static ArrayNode numbered(JsonNode list) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : list) {
            if (item.isObject()) {
                ObjectNode copy = ((ObjectNode) item).deepCopy();
                if (copy.has("id")) {
                    copy.set("id", number(copy.get("id")));
                }
                out.add(copy);
            } else {
                out.addObject().set("name", item);
            }
        }
        return out;
    }

    private static void numbers(ObjectNode node) {
        for (String name : NUMBERS) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual() && isInteger(value.asText())) {
                node.put(name, Long.parseLong(value.asText()));
            }
        }
    }

    /** The value as a number when it is an integer's text, else as sent. */
    static JsonNode number(JsonNode value) {
        return value.isTextual() && isInteger(value.asText())
                                                              ? JsonNodeFactory.instance.numberNode(
                                                                      Long.parseLong(value.asText()))
                                                              : value;
    }

    private static boolean isInteger(String text) {
        return !text.isEmpty() && text.length() < 19
               && (text.charAt(0) == '-' ? text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)
                                         : text.chars().allMatch(Character::isDigit));
    }
}
