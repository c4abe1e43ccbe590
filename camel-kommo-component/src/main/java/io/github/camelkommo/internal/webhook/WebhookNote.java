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

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;

/**
 * A note of a webhook call ({@code leads[note][0][note][...]}, {@code contacts[note][0][note][...]}) in the shape
 * {@code GET /api/v4/{entity}/notes} answers, so that it binds to the same {@code Note} a poll returns. Kommo posts
 * the API v2 form of a note (real captures in ground-truth/webhook-calls/note-*): {@code element_type} (1 contact, 2
 * lead, 3 company, 12 customer) and {@code element_id}; {@code note_type} as a number (4 common, 5 attachment, 10 and
 * 11 incoming and outgoing call, 25 service message, 102 and 103 incoming and outgoing SMS: API v2's note types, as
 * dotzero/amocrm-php's Note model names them) with the content in {@code text}, which for a call is a JSON object
 * ({@code UNIQ, DURATION, SRC, LINK, PHONE}); {@code created_by}, {@code modified_by}, {@code main_user_id} (the
 * responsible user), {@code group_id}; unix {@code created_at}/{@code updated_at}, with {@code date_create} and
 * {@code timestamp_x} the same instants as "Y-m-d H:i:s" in the account's time zone, which the call does not name (they
 * are dropped when the unix times are there, and kept as {@code webhook_date_create}/{@code webhook_timestamp_x}
 * when not). A note type this list does not know keeps its number, with {@code text} as {@code params.text}.
 */
final class WebhookNote {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, KommoEntity> OWNERS = Map.of("1", KommoEntity.contacts, "2", KommoEntity.leads,
            "3", KommoEntity.companies);
    private static final Map<String, String> TYPES = Map.of("4", "common", "5", "attachment", "10", "call_in", "11",
            "call_out", "25", "service_message", "102", "sms_in", "103", "sms_out");
    private static final Map<String, String> CALL_PARAMS = Map.of("SRC", "source");
    private static final Map<String, String> RENAMED = Map.of("element_id", "entity_id", "modified_by", "updated_by",
            "main_user_id", "responsible_user_id", "created_user_id", "created_by", "modified_user_id",
            "updated_by");

    private WebhookNote() {
    }

    /**
     * The entity the note is on, by its {@code element_type}; without one, the entity of the call's key (and of
     * {@code type} under {@code contacts}); empty for an entity the component does not serve (a customer's note).
     */
    static Optional<KommoEntity> owner(ObjectNode note, KommoEntity byKey) {
        String elementType = note.path("element_type").asText("");
        if (elementType.isEmpty()) {
            return Optional.of(byKey);
        }
        return Optional.ofNullable(OWNERS.get(elementType));
    }

    /** The note in the API v4 shape. */
    static ObjectNode v4(ObjectNode note) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean unixTimes = note.has("created_at") && note.has("updated_at");
        String type = note.path("note_type").asText("");
        String noteType = TYPES.getOrDefault(type, type);
        note.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "element_type", "text" -> {
                    // the entity is known from element_type; the text becomes params
                }
                case "attachement" -> {
                    if (!value.asText().isEmpty()) { // empty on the captured text notes; a file's is kept as sent
                        out.set(name, value);
                    }
                }
                case "note_type" -> out.put("note_type", noteType);
                case "date_create", "timestamp_x", "last_modified" -> {
                    if (!unixTimes) {
                        out.set("webhook_" + name, value);
                    }
                }
                default -> out.set(RENAMED.getOrDefault(name, name), WebhookDecoder.number(value));
            }
        });
        out.set("params", params(noteType, note.path("text").asText(null)));
        return out;
    }

    /** A call's text is its params as JSON with upper-case keys; any other note's text is its params' text. */
    private static ObjectNode params(String noteType, String text) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        if (text == null) {
            return params;
        }
        if (noteType.startsWith("call_")) {
            Optional<JsonNode> call = parse(text);
            if (call.isPresent()) {
                call.get().fields().forEachRemaining(field -> {
                    String key = CALL_PARAMS.getOrDefault(field.getKey(), field.getKey().toLowerCase(Locale.ROOT));
                    params.set(key, field.getValue().isTextual() && key.equals("duration")
                                                                                           ? WebhookDecoder.number(
                                                                                                   field.getValue())
                                                                                           : field.getValue());
                });
                return params;
            }
        }
        return params.put("text", text);
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
