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
package io.github.camelkommo.sandbox.internal.webhooks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The body Kommo posts for one entity event, {@code application/x-www-form-urlencoded} with bracket keys and every
 * value a string (amocrm.ru webhooks-format; K-WH; §3.13 of docs/kommo-api-v4.md): {@code leads[status][0][id]=...},
 * contacts and companies under {@code contacts} with {@code type}, tasks under {@code task}; the older field names
 * ({@code last_modified}, {@code date_create}, {@code created_user_id}, {@code modified_user_id},
 * {@code custom_fields[i][id|name|code|values[j][value|enum]]}); {@code old_status_id}/{@code old_pipeline_id} on a
 * lead's stage change and {@code old_responsible_user_id} on a new responsible; a deletion carries only {@code id}
 * (a lead's also {@code status_id} and {@code pipeline_id}); then {@code account[subdomain]} and {@code account[id]}.
 * A task's {@code date_create}, {@code last_modified} and {@code complete_till} are "Y-m-d H:i:s" (here in UTC: the
 * sandbox account's time zone), with unix {@code created_at}, {@code updated_at} and {@code complete_before}. A
 * note goes under its entity's key with {@code element_type} (1 contact, 2 lead, 3 company) and no {@code type}, in
 * the form of real captures: see {@link #note}.
 */
final class WebhookPayload {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> ELEMENT_TYPES = Map.of("contact", "1", "lead", "2", "company", "3");
    /** API v2's note types (dotzero/amocrm-php Note model); a type with no number there is sent by its v4 name. */
    private static final Map<String, String> NOTE_TYPES = Map.of("common", "4", "attachment", "5", "call_in", "10",
            "call_out", "11", "service_message", "25", "sms_in", "102", "sms_out", "103");
    private static final Map<String, String> CALL_TEXT_KEYS = callTextKeys();
    private static final Map<String, String> TASK_ELEMENT_TYPES = Map.of("contacts", "1", "leads", "2", "companies",
            "3");

    private final List<String[]> pairs = new ArrayList<>();
    private final String prefix;

    private WebhookPayload(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @param action {@code add}, {@code update}, {@code status}, {@code responsible}, {@code delete},
     *               {@code restore}, {@code note}
     * @param before the entity before an update (for the {@code old_} fields), else {@code null}
     */
    static String of(EntityType type, String action, ObjectNode entity, ObjectNode before, String subdomain,
                     long accountId) {
        String key = type == EntityType.LEADS ? "leads" : type == EntityType.TASKS ? "task" : "contacts";
        WebhookPayload form = new WebhookPayload(key + "[" + action + "][0]");
        if ("note".equals(action)) {
            form.note(type, entity);
        } else if ("delete".equals(action)) {
            form.put("id", entity.get("id"));
            if (type == EntityType.LEADS) {
                form.put("status_id", entity.get("status_id"));
                form.put("pipeline_id", entity.get("pipeline_id"));
            }
            form.typeOf(type);
        } else if (type == EntityType.TASKS) {
            form.task(entity, before, action);
        } else {
            form.card(type, entity, before, action);
        }
        form.pairs.add(new String[]{"account[subdomain]", subdomain});
        form.pairs.add(new String[]{"account[id]", String.valueOf(accountId)});
        return form.pairs.stream().map(p -> encode(p[0]) + "=" + encode(p[1])).collect(Collectors.joining("&"));
    }

    private void card(EntityType type, ObjectNode entity, ObjectNode before, String action) {
        put("id", entity.get("id"));
        put("name", entity.get("name"));
        if (type == EntityType.LEADS) {
            put("status_id", entity.get("status_id"));
            put("pipeline_id", entity.get("pipeline_id"));
            if (before != null && ("status".equals(action) || "update".equals(action))) {
                put("old_status_id", before.get("status_id"));
                put("old_pipeline_id", before.get("pipeline_id"));
            }
            put("price", entity.get("price"));
        }
        put("responsible_user_id", entity.get("responsible_user_id"));
        if (before != null && ("responsible".equals(action) || "update".equals(action))) {
            put("old_responsible_user_id", before.get("responsible_user_id"));
        }
        put("last_modified", entity.get("updated_at"));
        put("modified_user_id", entity.get("updated_by"));
        put("created_user_id", entity.get("created_by"));
        put("date_create", entity.get("created_at"));
        put("account_id", entity.get("account_id"));
        JsonNode tags = entity.path("_embedded").path("tags");
        for (int i = 0; i < tags.size(); i++) {
            put("tags][" + i + "][id", tags.get(i).get("id"));
            put("tags][" + i + "][name", tags.get(i).get("name"));
        }
        JsonNode fields = entity.path("custom_fields_values");
        for (int i = 0; fields.isArray() && i < fields.size(); i++) {
            JsonNode field = fields.get(i);
            String at = "custom_fields][" + i + "][";
            put(at + "id", field.get("field_id"));
            put(at + "name", field.get("field_name"));
            put(at + "code", field.get("field_code"));
            for (int j = 0; j < field.path("values").size(); j++) {
                JsonNode value = field.get("values").get(j);
                put(at + "values][" + j + "][value", value.get("value"));
                put(at + "values][" + j + "][enum", value.get("enum_id"));
            }
        }
        if (type != EntityType.LEADS) {
            put("created_at", entity.get("created_at"));
            put("updated_at", entity.get("updated_at"));
        }
        typeOf(type);
    }

    private void task(ObjectNode task, ObjectNode before, String action) {
        put("id", task.get("id"));
        put("element_id", task.get("entity_id"));
        String entityType = task.path("entity_type").asText();
        put("element_type", TASK_ELEMENT_TYPES.getOrDefault(entityType, entityType));
        put("task_type", task.get("task_type_id"));
        put("date_create", dateTime(task.get("created_at")));
        put("text", task.get("text"));
        put("status", task.path("is_completed").asBoolean() ? "1" : "0");
        put("account_id", task.get("account_id"));
        put("created_user_id", task.get("created_by"));
        put("last_modified", dateTime(task.get("updated_at")));
        put("responsible_user_id", task.get("responsible_user_id"));
        if (before != null && ("responsible".equals(action) || "update".equals(action))) {
            put("old_responsible_user_id", before.get("responsible_user_id"));
        }
        put("complete_till", dateTime(task.get("complete_till")));
        if ("update".equals(action)) {
            put("action_close", before != null && !before.path("is_completed").asBoolean()
                                && task.path("is_completed").asBoolean() ? "1" : "0");
        }
        put("created_at", task.get("created_at"));
        put("updated_at", task.get("updated_at"));
        put("complete_before", task.get("complete_till"));
    }

    /**
     * A note in the API v2 form real posts carry (ground-truth/webhook-calls/note-*): the numeric {@code note_type},
     * the content in {@code text} (a call's params as JSON with upper-case keys), and the authorship and times under
     * their old names next to the unix ones.
     */
    private void note(EntityType owner, ObjectNode note) {
        String at = "note][";
        String type = note.path("note_type").asText();
        put(at + "element_type", ELEMENT_TYPES.get(owner.singular()));
        put(at + "element_id", note.get("entity_id"));
        put(at + "note_type", NOTE_TYPES.getOrDefault(type, type));
        put(at + "text", noteText(type, note.path("params")));
        put(at + "account_id", note.get("account_id"));
        put(at + "date_create", dateTime(note.get("created_at")));
        put(at + "timestamp_x", dateTime(note.get("updated_at")));
        put(at + "created_by", note.get("created_by"));
        put(at + "modified_by", note.get("updated_by"));
        put(at + "main_user_id", note.get("responsible_user_id"));
        put(at + "group_id", note.get("group_id"));
        put(at + "id", note.get("id"));
        put(at + "created_at", note.get("created_at"));
        put(at + "updated_at", note.get("updated_at"));
    }

    /** A call's params as the JSON text of a call note; any other note's {@code params.text}. */
    private static String noteText(String type, JsonNode params) {
        if (type.startsWith("call_")) {
            ObjectNode call = Json.object();
            CALL_TEXT_KEYS.forEach((key, textKey) -> {
                if (params.hasNonNull(key)) {
                    call.set(textKey, params.get(key));
                }
            });
            return call.toString();
        }
        return params.hasNonNull("text") ? params.get("text").asText() : null;
    }

    private static Map<String, String> callTextKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("uniq", "UNIQ");
        keys.put("duration", "DURATION");
        keys.put("source", "SRC");
        keys.put("link", "LINK");
        keys.put("phone", "PHONE");
        return keys;
    }

    private void typeOf(EntityType type) {
        if (type == EntityType.CONTACTS || type == EntityType.COMPANIES) {
            put("type", type.singular());
        }
    }

    private static String dateTime(JsonNode seconds) {
        return seconds == null || seconds.isNull() ? null : DATE_TIME.format(Instant.ofEpochSecond(seconds.asLong()));
    }

    private void put(String field, JsonNode value) {
        if (value != null && !value.isNull() && !value.isMissingNode()) {
            put(field, value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asText());
        }
    }

    private void put(String field, String value) {
        if (value != null) {
            pairs.add(new String[]{prefix + "[" + field + "]", value});
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
