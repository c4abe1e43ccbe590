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

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The predicates behind list filters and {@code If-Modified-Since}; {@link SearchQuery} and {@link CustomFieldMatchers}
 * hold those of {@code query} and {@code filter[custom_fields_values]}.
 */
public final class Matchers {

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
}
