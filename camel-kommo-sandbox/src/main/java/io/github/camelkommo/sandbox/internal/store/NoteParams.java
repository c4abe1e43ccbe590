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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code params} each note type takes, with their JSON kinds, and the event each type records. Keys: the PHP
 * library's NoteType models ({@code toApi}: CommonNote {@code text}; CallNote {@code uniq, duration, source, link,
 * phone} plus {@code call_result, call_status, call_responsible}; BaseServiceMessageNote {@code service, text};
 * SmsNote {@code text, phone}; GeolocationNote {@code text, address, longitude, latitude}; AttachmentNote
 * {@code file_uuid, version_uuid, file_name}), Kommo's notes-types reference and the amoCRM notes reference ("Типы
 * примечаний, для которых обязателен массив params", which adds {@code message_cashier {status, text}} with status
 * {@code created}, {@code shown} or {@code canceled}); the required key of each is the one the type is about
 * ({@code text}, the call's {@code phone}, the file's {@code file_uuid}). Any other key is
 * {@code FieldNotExpected}; {@code null} values are accepted (the library sends unset call fields as null). Events:
 * the amoCRM events reference's types for notes ({@code common_note_added}, {@code incoming_call},
 * {@code outgoing_call}, {@code incoming_sms}, {@code outgoing_sms}, {@code geo_note_added},
 * {@code service_note_added}, {@code attachment_note_added}, {@code message_to_cashier_note_added}).
 */
final class NoteParams {

    private record Type(Map<String, JsonKind> keys, String required, String event,
                        Map<String, Set<String>> choices) {

        Type(Map<String, JsonKind> keys, String required, String event) {
            this(keys, required, event, Map.of());
        }
    }

    private static final Map<String, JsonKind> CALL = ordered("uniq", JsonKind.STRING, "duration", JsonKind.INT,
            "source", JsonKind.STRING, "link", JsonKind.STRING, "phone", JsonKind.STRING,
            "call_result", JsonKind.STRING, "call_status", JsonKind.INT, "call_responsible", null);
    private static final Map<String, JsonKind> SERVICE = ordered("service", JsonKind.STRING, "text", JsonKind.STRING);
    private static final Map<String, JsonKind> SMS = ordered("text", JsonKind.STRING, "phone", JsonKind.STRING);

    private static final Map<String, Type> TYPES = Map.of(
            "common", new Type(ordered("text", JsonKind.STRING), "text", "common_note_added"),
            "call_in", new Type(CALL, "phone", "incoming_call"),
            "call_out", new Type(CALL, "phone", "outgoing_call"),
            "service_message", new Type(SERVICE, "text", "service_note_added"),
            "extended_service_message", new Type(SERVICE, "text", "service_note_added"),
            "sms_in", new Type(SMS, "text", "incoming_sms"),
            "sms_out", new Type(SMS, "text", "outgoing_sms"),
            "geolocation", new Type(ordered("text", JsonKind.STRING, "address", JsonKind.STRING,
                    "longitude", JsonKind.STRING, "latitude", JsonKind.STRING), "text", "geo_note_added"),
            "attachment", new Type(ordered("file_uuid", JsonKind.STRING, "version_uuid", JsonKind.STRING,
                    "file_name", JsonKind.STRING), "file_uuid", "attachment_note_added"),
            "message_cashier", new Type(ordered("status", JsonKind.STRING, "text", JsonKind.STRING), "text",
                    "message_to_cashier_note_added", Map.of("status", Set.of("created", "shown", "canceled"))));

    private NoteParams() {
    }

    /** The note types the sandbox takes. */
    static Set<String> types() {
        return TYPES.keySet();
    }

    /** The event type a note of this type records on its entity. */
    static String event(String noteType) {
        return TYPES.get(noteType).event();
    }

    /** Checks {@code note_type} and the {@code params} of one note write (types already checked generically). */
    static void check(JsonNode noteType, JsonNode params, boolean create, Violations violations) {
        if (noteType == null) {
            return;
        }
        Type type = TYPES.get(noteType.asText());
        if (type == null) {
            violations.notSupportedChoice("note_type");
            return;
        }
        if (params == null || params.isNull()) {
            if (create) {
                violations.notBlank("params." + type.required());
            }
            return;
        }
        CustomFieldValueKeys.check(params, type.keys().keySet(), "params", violations);
        for (Map.Entry<String, JsonKind> key : type.keys().entrySet()) {
            JsonNode value = params.get(key.getKey());
            if (value != null && !value.isNull() && key.getValue() != null && !key.getValue().matches(value)) {
                violations.invalidType("params." + key.getKey(), key.getValue());
            } else if (value != null && type.choices().containsKey(key.getKey())
                       && !type.choices().get(key.getKey()).contains(value.asText())) {
                violations.notSupportedChoice("params." + key.getKey());
            }
        }
        JsonNode required = params.get(type.required());
        if (required == null || required.isNull() || required.isTextual() && required.asText().isBlank()) {
            violations.notBlank("params." + type.required());
        }
    }

    private static Map<String, JsonKind> ordered(Object... keyKindPairs) {
        Map<String, JsonKind> keys = new LinkedHashMap<>();
        for (int i = 0; i < keyKindPairs.length; i += 2) {
            keys.put((String) keyKindPairs[i], (JsonKind) keyKindPairs[i + 1]);
        }
        return keys;
    }
}
