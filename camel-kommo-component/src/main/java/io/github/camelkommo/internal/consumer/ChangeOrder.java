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
package io.github.camelkommo.internal.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;

/**
 * What a watched entity's changes are ordered by and told apart by: the time field ({@code updated_at}, or
 * {@code created_at} for Unsorted) and the key field (the numeric {@code id}, or the text {@code uid} of Unsorted).
 *
 * @param timeField the field whose unix second orders the changes
 * @param keyField  the field that tells apart changes of the same second
 */
record ChangeOrder(String timeField, String keyField) {

    static ChangeOrder of(KommoEntity entity) {
        return new ChangeOrder(entity.watchedBy(), entity.keyField());
    }

    /** Whether the keys are numeric ids (compared as numbers), rather than text uids. */
    boolean numericKey() {
        return keyField.equals("id");
    }

    /** The change's unix second. */
    long time(JsonNode item) {
        return item.path(timeField).asLong();
    }

    /** The key a change counts under: its id (negated for a deletion), or its uid. */
    String key(JsonNode item) {
        if (!numericKey()) {
            return item.path(keyField).asText();
        }
        long id = item.path(keyField).asLong();
        return Long.toString(item.path("is_deleted").asBoolean(false) ? -id : id);
    }

    /**
     * The key as the ledger of delivered changes counts it: the number itself, or for a uid the first 64 bits of its
     * name-based UUID (the ledger tells apart changes of one second, where two uids sharing 64 bits do not occur).
     */
    long ledgerKey(JsonNode item) {
        String key = key(item);
        return numericKey() ? Long.parseLong(key)
                            : UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    /** Oldest first, then by key (ids as numbers). */
    Comparator<JsonNode> comparator() {
        Comparator<JsonNode> byTime = Comparator.comparingLong(this::time);
        return numericKey() ? byTime.thenComparingLong(item -> Long.parseLong(key(item)))
                            : byTime.thenComparing(this::key);
    }
}
