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

/**
 * A list filter an entity accepts: the name inside {@code filter[...]}, the field it reads, how it matches, the other
 * filter it needs (null when none: tasks' {@code filter[entity_id]} needs {@code filter[entity_type]}), whether that
 * other filter must hold exactly one value (events' {@code filter[entity_id]} needs one {@code filter[entity]}), and
 * the most values it takes (0 = no limit; events' {@code created_by} and {@code entity_id}: 10) and the pattern its
 * values must match (null = any; events' {@code entity}: the singular names).
 */
public record FilterSpec(String param, String field, FilterKind kind, String requires, boolean requiresOne,
                         int max, String allowed) {

    static FilterSpec filter(String param, FilterKind kind) {
        return new FilterSpec(param, param, kind, null, false, 0, null);
    }

    static FilterSpec filter(String param, String field, FilterKind kind) {
        return new FilterSpec(param, field, kind, null, false, 0, null);
    }

    /** This filter, valid only together with {@code filter[other]}. */
    FilterSpec requiring(String other) {
        return new FilterSpec(param, field, kind, other, false, max, allowed);
    }

    /** This filter, valid only together with {@code filter[other]} holding exactly one value. */
    FilterSpec requiringOne(String other) {
        return new FilterSpec(param, field, kind, other, true, max, allowed);
    }

    /** This filter, taking at most {@code count} values. */
    FilterSpec atMost(int count) {
        return new FilterSpec(param, field, kind, requires, requiresOne, count, allowed);
    }

    /** This filter, whose values must match {@code pattern}. */
    FilterSpec matching(String pattern) {
        return new FilterSpec(param, field, kind, requires, requiresOne, max, pattern);
    }
}
