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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How far a consumer has delivered: the {@code updated_at} second of the last delivered change, and the ids of the
 * entities delivered with exactly that {@code updated_at}. Kommo's timestamps have one-second resolution, so the next
 * poll re-reads that boundary second and drops the changes already delivered: none skipped, none repeated.
 *
 * @param second  unix second of the last delivered change; {@link #BEGINNING} when nothing was delivered yet
 * @param seenIds ids delivered with {@code updated_at == second}; a deletion counts as its id negated, so that an
 *                entity changed and deleted in one second is delivered both ways
 */
record Watermark(long second, Set<Long> seenIds) {

    /** No watermark: read from the first change Kommo has. */
    static final long BEGINNING = -1;

    Watermark {
        seenIds = Collections.unmodifiableSet(new LinkedHashSet<>(seenIds));
    }

    static Watermark at(long second) {
        return new Watermark(second, Set.of());
    }

    /** Whether this change was delivered already. */
    boolean delivered(long id, long updatedAt) {
        return updatedAt < second || updatedAt == second && seenIds.contains(id);
    }

    /** The watermark after delivering this change (changes come in ascending {@code updated_at}). */
    Watermark after(long id, long updatedAt) {
        if (updatedAt > second) {
            return new Watermark(updatedAt, Set.of(id));
        }
        if (updatedAt == second && !seenIds.contains(id)) {
            Set<Long> seen = new LinkedHashSet<>(seenIds);
            seen.add(id);
            return new Watermark(second, seen);
        }
        return this;
    }

    Watermark after(JsonNode item) {
        return after(key(item), item.path("updated_at").asLong());
    }

    /** Whether this change (or deletion) was delivered already. */
    boolean delivered(JsonNode item) {
        return delivered(key(item), item.path("updated_at").asLong());
    }

    /** The id a change counts under: the entity's id, negated for a deletion. */
    static long key(JsonNode item) {
        long id = item.path("id").asLong();
        return item.path("is_deleted").asBoolean(false) ? -id : id;
    }

    /** {@code 1700000000;12,15} as kept in the state repository. */
    String encode() {
        return second + ";" + seenIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Watermark decode(String text) {
        String[] parts = text.split(";", 2);
        long second = Long.parseLong(parts[0].trim());
        Set<Long> seen = parts.length < 2 || parts[1].isBlank() ? Set.of()
                                                                : Arrays.stream(parts[1].split(",")).map(String::trim)
                                                                        .map(Long::valueOf).collect(Collectors.toSet());
        return new Watermark(second, seen);
    }
}
