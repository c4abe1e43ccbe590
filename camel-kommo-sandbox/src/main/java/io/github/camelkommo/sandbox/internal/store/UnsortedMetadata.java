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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code _embedded.metadata} of a complex lead (an incoming lead): {@code category} and the keys of that category,
 * as the official PHP library writes them (Unsorted/*Metadata::toComplexApi): {@code sip} and {@code forms} with
 * their fields, {@code chats} and {@code mail} with none. Checked, not stored (the sandbox has no unsorted list).
 */
final class UnsortedMetadata {

    private static final String PATH = "_embedded.metadata";
    private static final Map<String, Set<String>> KEYS = Map.of(
            "sip", Set.of("category", "phone", "called_at", "duration", "link", "service_code", "uniq",
                    "is_call_event_needed", "call_responsible", "from"),
            "forms", Set.of("category", "form_id", "form_name", "form_page", "form_sent_at", "ip", "referer",
                    "form_type", "visitor_uid"),
            "chats", Set.of("category"),
            "mail", Set.of("category"));

    private UnsortedMetadata() {
    }

    /**
     * Checks the {@code metadata} of an incoming lead of a known category (the unsorted API, where the path names
     * the category and the metadata does not): the keys of that category, as PHP Unsorted/*Metadata::toApi writes
     * them.
     */
    static void checkOf(String category, JsonNode metadata, Violations violations) {
        if (!metadata.isObject()) {
            violations.invalidType("metadata", JsonKind.OBJECT);
            return;
        }
        Set<String> keys = new HashSet<>(KEYS.get(category));
        keys.remove("category");
        CustomFieldValueKeys.check(metadata, keys, "metadata", violations);
    }

    /** Checks the metadata of one complex lead (absent is fine). */
    static void check(JsonNode metadata, Violations violations) {
        if (metadata == null) {
            return;
        }
        if (!metadata.isObject()) {
            violations.invalidType(PATH, JsonKind.OBJECT);
            return;
        }
        JsonNode category = metadata.get("category");
        if (category == null || category.isNull()) {
            violations.notBlank(PATH + ".category");
        } else if (!category.isTextual()) {
            violations.invalidType(PATH + ".category", JsonKind.STRING);
        } else if (!KEYS.containsKey(category.asText())) {
            violations.notSupportedChoice(PATH + ".category");
        } else {
            CustomFieldValueKeys.check(metadata, KEYS.get(category.asText()), PATH, violations);
        }
    }
}
