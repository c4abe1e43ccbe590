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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The predicates of {@code filter[custom_fields_values][FIELD_ID]}: each looks at the values an entity holds for that
 * one field, and matches exactly (amoCRM filters-api, "Фильтр по дополнительным полям").
 */
public final class CustomFieldMatchers {

    private CustomFieldMatchers() {
    }

    /** A value's text equals one of {@code texts} exactly (case and blanks included). */
    public static Predicate<ObjectNode> textAnyOf(long fieldId, Set<String> texts) {
        return n -> values(n, fieldId).stream().anyMatch(v -> v.path("value").isValueNode()
                                                              && texts.contains(v.path("value").asText()));
    }

    /** A value, read as a number (a number or a numeric string), equals one of {@code numbers}. */
    public static Predicate<ObjectNode> numberAnyOf(long fieldId, Set<BigDecimal> numbers) {
        return n -> values(n, fieldId).stream().map(v -> number(v.path("value")))
                .anyMatch(v -> v != null && numbers.stream().anyMatch(w -> w.compareTo(v) == 0));
    }

    /** A value's {@code enum_id} is one of {@code enumIds}. */
    public static Predicate<ObjectNode> enumAnyOf(long fieldId, Set<Long> enumIds) {
        return n -> values(n, fieldId).stream()
                .anyMatch(v -> v.path("enum_id").canConvertToLong() && enumIds.contains(v.get("enum_id").asLong()));
    }

    /** A checkbox: {@code true} matches a checked one; {@code false} one unchecked or without a value. */
    public static Predicate<ObjectNode> checked(long fieldId, boolean checked) {
        return n -> values(n, fieldId).stream().anyMatch(v -> v.path("value").asBoolean(false)) == checked;
    }

    /** A value, read as a number, lies in [{@code from}, {@code to}] (a null bound is open). */
    public static Predicate<ObjectNode> range(long fieldId, Long from, Long to) {
        return n -> values(n, fieldId).stream().map(v -> number(v.path("value"))).anyMatch(
                v -> v != null && (from == null || v.compareTo(BigDecimal.valueOf(from)) >= 0)
                     && (to == null || v.compareTo(BigDecimal.valueOf(to)) <= 0));
    }

    private static List<JsonNode> values(ObjectNode node, long fieldId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode field : node.path("custom_fields_values")) {
            if (field.path("field_id").asLong() == fieldId) {
                field.path("values").forEach(out::add);
            }
        }
        return out;
    }

    /** The number a value holds (a JSON number or a numeric string), or null. */
    public static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
