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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

/** The JSON type a writable field must have; its name appears in {@code InvalidType} details. */
public enum JsonKind {
    INT("int"),
    /**
     * A whole number, also written with a fraction of zero ({@code 1500.0}): the official PHP library sends a lead's
     * {@code price} as a float (LeadModel::toApi uses getPriceWithMinorUnits()). Stored as an integer.
     */
    WHOLE_NUMBER("int"), STRING("string"), BOOL("bool"), ARRAY("array"), OBJECT("object");

    private final String label;

    JsonKind(String label) {
        this.label = label;
    }

    /** The type name Kommo puts in "This value should be of type ...". */
    public String label() {
        return label;
    }

    /** Whether a non-null value has this kind. Integers must be integral JSON numbers (no strings, no fractions). */
    public boolean matches(JsonNode value) {
        return switch (this) {
            case INT -> value.isIntegralNumber() && value.canConvertToLong();
            case WHOLE_NUMBER -> value.isIntegralNumber() && value.canConvertToLong()
                                 || value.isFloatingPointNumber() && value.canConvertToExactIntegral()
                                    && value.canConvertToLong();
            case STRING -> value.isTextual();
            case BOOL -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT -> value.isObject();
        };
    }

    /** The value as it is stored: whole numbers as integers, everything else unchanged. */
    public JsonNode normalize(JsonNode value) {
        return this == WHOLE_NUMBER && value.isFloatingPointNumber() ? LongNode.valueOf(value.longValue()) : value;
    }

    /** Whether values of this kind are copied as they are (scalars), rather than interpreted by the entity's rules. */
    public boolean isScalar() {
        return this == INT || this == WHOLE_NUMBER || this == STRING || this == BOOL;
    }
}
