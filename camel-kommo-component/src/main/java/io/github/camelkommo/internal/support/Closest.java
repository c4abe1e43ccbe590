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
package io.github.camelkommo.internal.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a misspelt one, by edit distance, case aside: what an error message suggests when a custom
 * field, an option label, an entity or an option name is unknown.
 */
public final class Closest {

    private Closest() {
    }

    /** The {@code limit} candidates closest to {@code wanted}, closest first (ties alphabetically). */
    public static List<String> to(String wanted, Collection<String> candidates, int limit) {
        String key = normal(wanted);
        return candidates.stream().distinct()
                .sorted(Comparator.comparingInt((String c) -> distance(key, normal(c))).thenComparing(c -> c))
                .limit(limit).toList();
    }

    /** How many single-character edits (insert, delete, replace) turn {@code a} into {@code b}, case aside. */
    public static int distance(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    /** A name as names are compared: without surrounding spaces, lower case; {@code ""} for null. */
    public static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
