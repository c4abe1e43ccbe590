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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls logged by telephony ({@code POST /api/v4/calls}, amoCRM calls-api): each call is matched to a contact, else
 * a company, by the last 10 digits of its phone, and lands as a {@code call_in}/{@code call_out} note on the one
 * active lead of that card if it has exactly one and no customer, on its one customer if it has no active lead, else
 * on the card itself. A call whose phone no card has is not added and is reported among the errors.
 */
final class CallLog {

    /** The keys of a call (the calls-api parameter table). */
    private static final Set<String> KEYS = Set.of("direction", "uniq", "duration", "source", "link", "phone",
            "call_responsible", "call_result", "call_status", "responsible_user_id", "created_by", "updated_by",
            "created_at", "updated_at", "request_id");
    private static final Map<String, JsonKind> TYPES = Map.of("uniq", JsonKind.STRING, "duration", JsonKind.INT,
            "source", JsonKind.STRING, "link", JsonKind.STRING, "phone", JsonKind.STRING, "call_result",
            JsonKind.STRING, "call_status", JsonKind.INT, "responsible_user_id", JsonKind.INT, "created_at",
            JsonKind.INT, "updated_at", JsonKind.INT);
    /** The call's keys that the note keeps in its {@code params} (PHP CallInNote / CallOutNote). */
    private static final List<String> PARAMS = List.of("uniq", "duration", "source", "link", "phone", "call_result",
            "call_status", "call_responsible");
    private static final int DIGITS = 10;

    private CallLog() {
    }

    /** Checks one call. */
    static void check(ObjectNode call, Violations violations) {
        CustomFieldValueKeys.check(call, KEYS, "", violations);
        JsonNode direction = call.get("direction");
        if (direction == null || direction.isNull()) {
            violations.notBlank("direction");
        } else if (!Set.of("inbound", "outbound").contains(direction.asText())) {
            violations.notSupportedChoice("direction");
        }
        for (String required : List.of("duration", "source", "phone")) {
            JsonNode value = call.get(required);
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                violations.notBlank(required);
            }
        }
        TYPES.forEach((key, kind) -> {
            JsonNode value = call.get(key);
            if (value != null && !value.isNull() && !kind.matches(value)) {
                violations.invalidType(key, kind);
            }
        });
        JsonNode status = call.get("call_status");
        if (status != null && status.canConvertToInt() && (status.asInt() < 1 || status.asInt() > 7)) {
            violations.notSupportedChoice("call_status");
        }
    }

    /** Places a checked call: its note, or empty when no card has its phone. */
    static Optional<EntityStore.CallPlacement> place(EntityStore store, ObjectNode call) {
        String phone = lastDigits(call.get("phone").asText());
        for (EntityType card : List.of(EntityType.CONTACTS, EntityType.COMPANIES)) {
            for (ObjectNode entity : store.all(card)) {
                if (hasPhone(entity, phone)) {
                    return Optional.of(note(store, call, target(store, card, entity.get("id").asLong())));
                }
            }
        }
        return Optional.empty();
    }

    private static EntityStore.CallPlacement note(EntityStore store, ObjectNode call,
                                                  EntityStore.CallPlacement target) {
        ObjectNode note = Json.object().put("entity_id", target.entityId())
                .put("note_type", "inbound".equals(call.get("direction").asText()) ? "call_in" : "call_out");
        ObjectNode params = note.putObject("params");
        for (String key : PARAMS) {
            if (call.hasNonNull(key)) {
                params.set(key, call.get(key));
            }
        }
        for (String key : List.of("responsible_user_id", "created_by", "created_at", "updated_at")) {
            if (call.hasNonNull(key)) {
                note.set(key, call.get(key));
            }
        }
        EntityType notes = target.type().notes().orElseThrow();
        return new EntityStore.CallPlacement(target.type(), target.entityId(),
                store.createUnchecked(notes, List.of(note)).get(0));
    }

    /** The entity a call on this card lands on (the calls-api algorithm). */
    private static EntityStore.CallPlacement target(EntityStore store, EntityType card, long id) {
        String key = card.entityName();
        List<Long> activeLeads = new ArrayList<>();
        for (ObjectNode lead : store.all(EntityType.LEADS)) {
            long status = lead.get("status_id").asLong();
            if (status != LeadRules.WON && status != LeadRules.LOST && names(lead, key, id)) {
                activeLeads.add(lead.get("id").asLong());
            }
        }
        List<Long> customers = new ArrayList<>();
        for (ObjectNode customer : store.all(EntityType.CUSTOMERS)) {
            if (names(customer, key, id)) {
                customers.add(customer.get("id").asLong());
            }
        }
        if (activeLeads.size() == 1 && customers.isEmpty()) {
            return new EntityStore.CallPlacement(EntityType.LEADS, activeLeads.get(0), null);
        }
        if (customers.size() == 1 && activeLeads.isEmpty()) {
            return new EntityStore.CallPlacement(EntityType.CUSTOMERS, customers.get(0), null);
        }
        return new EntityStore.CallPlacement(card, id, null);
    }

    private static boolean names(ObjectNode entity, String key, long id) {
        for (JsonNode link : entity.path("_embedded").path(key)) {
            if (link.path("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPhone(ObjectNode entity, String phone) {
        for (JsonNode field : entity.path("custom_fields_values")) {
            if ("PHONE".equals(field.path("field_code").asText())) {
                for (JsonNode value : field.path("values")) {
                    if (!phone.isEmpty() && lastDigits(value.path("value").asText()).equals(phone)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lastDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() > DIGITS ? digits.substring(digits.length() - DIGITS) : digits;
    }
}
