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
package io.github.camelkommo.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the values Kommo sent for one custom field into one Java value by the field's type: a number as
 * {@link BigDecimal}, a checkbox as {@link Boolean}, a date or date-time as {@link Instant}, a select or radio button as
 * its label, a multiselect or multitext (phones, e-mails) as the list of its labels or values, anything else as its
 * value (a list when it has several).
 */
final class CustomFieldReading {

    private static final Set<String> NUMBERS = Set.of("numeric", "price", "monetary");
    private static final Set<String> DATES = Set.of("date", "date_time", "birthday");
    private static final Set<String> LISTS = Set.of("multiselect", "multitext", "category");

    private CustomFieldReading() {
    }

    /** The value of the field a name or code stands for among {@code values}; {@code null} when none has it. */
    static Object named(List<CustomFieldValue> values, String nameOrCode) {
        if (values != null) {
            for (CustomFieldValue value : values) {
                if (nameOrCode.equalsIgnoreCase(String.valueOf(value.getFieldName()).trim())
                    || nameOrCode.equalsIgnoreCase(String.valueOf(value.getFieldCode()))) {
                    return value(value);
                }
            }
        }
        return null;
    }

    /** Every field of {@code values} by its name (its code, or {@code field_<id>}, when it has none), typed. */
    static Map<String, Object> all(List<CustomFieldValue> values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (values != null) {
            for (CustomFieldValue value : values) {
                String name = value.getFieldName() != null ? value.getFieldName()
                                                           : value.getFieldCode() != null ? value
                                                                   .getFieldCode() : "field_" + value.getFieldId();
                fields.put(name, value(value));
            }
        }
        return fields;
    }

    static Object value(CustomFieldValue field) {
        List<CustomFieldValue.Value> values = field.getValues() == null ? List.of() : field.getValues();
        String type = field.getFieldType() == null ? "" : field.getFieldType();
        List<Object> read = new ArrayList<>(values.size());
        for (CustomFieldValue.Value value : values) {
            read.add(one(type, value.getValue()));
        }
        if (LISTS.contains(type)) {
            return read;
        }
        if (read.isEmpty()) {
            return null;
        }
        return read.size() == 1 ? read.get(0) : read;
    }

    private static Object one(String type, Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        if (NUMBERS.contains(type) && text.matches("[-+]?\\d+(\\.\\d+)?")) {
            return new BigDecimal(text);
        }
        if (type.equals("checkbox")) {
            return value instanceof Boolean b ? b : text.equals("1") || text.equalsIgnoreCase("true");
        }
        if (DATES.contains(type) && text.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        if (DATES.contains(type)) {
            try {
                return OffsetDateTime.parse(text).toInstant(); // the RFC 3339 text the official library writes
            } catch (DateTimeParseException notRfc3339) {
                return value;
            }
        }
        return value;
    }
}
