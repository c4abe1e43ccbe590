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
 * How far a consumer has delivered: the second of the last delivered change (its {@code updated_at}, or the
 * {@code created_at} of an Unsorted item), and the keys of the changes delivered with exactly that second. Kommo's
 * timestamps have one-second resolution, so the next poll re-reads that boundary second and drops the changes already
 * delivered: none skipped, none repeated.
 *
 * @param second   unix second of the last delivered change; {@link #BEGINNING} when nothing was delivered yet
 * @param seenKeys keys ({@link ChangeOrder#key}) delivered in that second: ids, a deletion's negated so that an
 *                 entity changed and deleted in one second is delivered both ways, or Unsorted uids
 */
record Watermark(long second, Set<String> seenKeys) {

    /** No watermark: read from the first change Kommo has. */
    static final long BEGINNING = -1;

    Watermark {
        seenKeys = Collections.unmodifiableSet(new LinkedHashSet<>(seenKeys));
    }

    static Watermark at(long second) {
        return new Watermark(second, Set.of());
    }

    /** Whether this change was delivered already. */
    boolean delivered(String key, long time) {
        return time < second || time == second && seenKeys.contains(key);
    }

    /** The watermark after delivering this change (changes come oldest first). */
    Watermark after(String key, long time) {
        if (time > second) {
            return new Watermark(time, Set.of(key));
        }
        if (time == second && !seenKeys.contains(key)) {
            Set<String> seen = new LinkedHashSet<>(seenKeys);
            seen.add(key);
            return new Watermark(second, seen);
        }
        return this;
    }

    Watermark after(JsonNode item, ChangeOrder order) {
        return after(order.key(item), order.time(item));
    }

    /** Whether this change (or deletion) was delivered already. */
    boolean delivered(JsonNode item, ChangeOrder order) {
        return delivered(order.key(item), order.time(item));
    }

    /** {@code 1700000000;12,15} as kept in the state repository (uids in place of ids for Unsorted). */
    String encode() {
        return second + ";" + String.join(",", seenKeys);
    }

    static Watermark decode(String text) {
        String[] parts = text.split(";", 2);
        long second = Long.parseLong(parts[0].trim());
        Set<String> seen = parts.length < 2 || parts[1].isBlank() ? Set.of()
                                                                  : Arrays.stream(parts[1].split(","))
                                                                          .map(String::trim)
                                                                          .collect(Collectors.toSet());
        return new Watermark(second, seen);
    }
}
