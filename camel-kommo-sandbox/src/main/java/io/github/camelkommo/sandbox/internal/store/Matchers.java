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
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The predicates behind list filters, {@code query} search and {@code If-Modified-Since}. */
public final class Matchers {

    private static final List<String> SEARCHED_FIELDS = List.of("name", "first_name", "last_name");

    private Matchers() {
    }

    /** The integer field equals one of {@code values}. */
    public static Predicate<ObjectNode> anyOf(String field, Set<Long> values) {
        return n -> {
            JsonNode v = n.get(field);
            return v != null && v.isIntegralNumber() && values.contains(v.asLong());
        };
    }

    /** The text field equals one of {@code values}. */
    public static Predicate<ObjectNode> anyText(String field, Set<String> values) {
        return n -> {
            JsonNode v = n.get(field);
            return v != null && v.isTextual() && values.contains(v.asText());
        };
    }

    /** The integer field lies in [{@code from}, {@code to}] (a null bound is open); a null field never matches. */
    public static Predicate<ObjectNode> range(String field, Long from, Long to) {
        return n -> {
            JsonNode v = n.get(field);
            if (v == null || !v.isIntegralNumber()) {
                return false;
            }
            long value = v.asLong();
            return (from == null || value >= from) && (to == null || value <= to);
        };
    }

    /**
     * A value of custom field {@code fieldId} equals one of {@code values} (its {@code value} as text, or its
     * {@code enum_id}).
     */
    public static Predicate<ObjectNode> customFieldAnyOf(long fieldId, Set<String> values) {
        return n -> customValues(n, fieldId).stream().anyMatch(v -> values.contains(v.path("value").asText())
                                                                    || v.hasNonNull("enum_id")
                                                                       && values.contains(v.get("enum_id").asText()));
    }

    /** A numeric value of custom field {@code fieldId} (number or numeric string) is in [{@code from}, {@code to}]. */
    public static Predicate<ObjectNode> customFieldRange(long fieldId, Long from, Long to) {
        return n -> customValues(n, fieldId).stream().map(v -> v.path("value")).anyMatch(v -> {
            Long value = v.isNumber() ? Long.valueOf(v.asLong()) : parseLong(v.asText());
            return value != null && (from == null || value >= from) && (to == null || value <= to);
        });
    }

    private static List<JsonNode> customValues(ObjectNode node, long fieldId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode field : node.path("custom_fields_values")) {
            if (field.path("field_id").asLong() == fieldId) {
                field.path("values").forEach(out::add);
            }
        }
        return out;
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The boolean field has this value. */
    public static Predicate<ObjectNode> flag(String field, boolean value) {
        return n -> n.path(field).asBoolean(!value) == value;
    }

    /** The lead is in one of the (pipeline, status) pairs. */
    public static Predicate<ObjectNode> inStatuses(List<long[]> pipelineStatusPairs) {
        return n -> {
            long pipeline = Json.longOf(n, "pipeline_id", -1);
            long status = Json.longOf(n, "status_id", -1);
            return pipelineStatusPairs.stream().anyMatch(p -> p[0] == pipeline && p[1] == status);
        };
    }

    /** {@code updated_at} is strictly after {@code epochSecond}. */
    public static Predicate<ObjectNode> modifiedAfter(long epochSecond) {
        return n -> Json.longOf(n, "updated_at", Long.MIN_VALUE) > epochSecond;
    }

    /**
     * The {@code query} search: the id equals the query, or the query occurs (ignoring case) in the name fields or in
     * a custom field value (phones, e-mails, ...).
     */
    public static Predicate<ObjectNode> search(String query) {
        String needle = query.trim().toLowerCase(Locale.ROOT);
        return n -> {
            if (n.get("id").asText().equals(needle)) {
                return true;
            }
            for (String field : SEARCHED_FIELDS) {
                String text = Json.textOf(n, field);
                if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
            for (JsonNode field : n.path("custom_fields_values")) {
                for (JsonNode value : field.path("values")) {
                    if (value.path("value").asText().toLowerCase(Locale.ROOT).contains(needle)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
