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
package io.github.camelkommo.internal.customfields;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.internal.support.Closest;
import io.github.camelkommo.model.CustomField;
import io.github.camelkommo.model.OptionHandle;

/**
 * Writes a Java value as the {@code values} of a custom field, as the field's type takes it: numbers as decimal text
 * (numeric, price, monetary: the amoCRM custom-fields reference types their {@code value} as a string, e.g.
 * {@code "1.5"}), select and multiselect options by label (their {@code enum_id}), checkboxes as booleans, dates as
 * unix seconds (a date without a time at the start of its day in the account's time zone), phones and e-mails with
 * their enum code ({@code WORK} unless a Map of code to value says otherwise), an address ({@code smart_address}) as
 * one value per part with its enum code ({@code address_line_1}, ..., {@code country}; text alone is the first line), a
 * legal entity as the object Kommo takes (a Map: {@code name}, {@code vat_id}, ...), anything else as text. A value the
 * type cannot take, or an unknown label, is an error that names the field and the valid choices. Each shape is the
 * one the official PHP library's value model writes (its {@code toApi()}), checked by {@code ValueWriterOracleTest}.
 */
final class ValueWriter {

    private static final Set<String> NUMBERS = Set.of("numeric", "price", "monetary");
    private static final Set<String> DATES = Set.of("date", "date_time", "birthday");
    private static final Set<String> ONE_OPTION = Set.of("select", "radiobutton", "category");
    private static final String DEFAULT_CODE = "WORK";
    /** The parts of a smart_address, by enum code (amoCRM custom-fields reference, "smart_address"). */
    private static final List<String> ADDRESS_PARTS = List.of("address_line_1", "address_line_2", "city", "state",
            "zip", "country");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CustomField field;
    private final ZoneId zone;

    ValueWriter(CustomField field, ZoneId zone) {
        this.field = field;
        this.zone = zone;
    }

    /** The {@code values} array, or JSON null (which clears the field) for a null value. */
    JsonNode values(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        String type = field.getType() == null ? "" : field.getType();
        ArrayNode values = JSON.arrayNode();
        if (type.equals("multitext")) {
            multitext(value, values);
        } else if (type.equals("smart_address")) {
            address(value, values);
        } else if (type.equals("multiselect")) {
            for (Object label : many(value)) {
                values.add(option(label));
            }
        } else if (ONE_OPTION.contains(type)) {
            values.add(option(value));
        } else {
            values.add(JSON.objectNode().putPOJO("value", plain(type, value)));
        }
        return values;
    }

    private Object plain(String type, Object value) {
        if (NUMBERS.contains(type)) {
            return number(value).toPlainString();
        }
        if (type.equals("legal_entity")) {
            if (value instanceof Map<?, ?>) {
                return value;
            }
            throw invalid(value, "a Map of its fields (name, entity_type, vat_id, address, ...)");
        }
        if (type.equals("checkbox")) {
            if (value instanceof Boolean || "true".equalsIgnoreCase(String.valueOf(value))
                || "false".equalsIgnoreCase(String.valueOf(value))) {
                return Boolean.valueOf(String.valueOf(value));
            }
            throw invalid(value, "true or false");
        }
        if (DATES.contains(type)) {
            return seconds(value);
        }
        return value instanceof String || value instanceof Map<?, ?> ? value : String.valueOf(value);
    }

    private BigDecimal number(Object value) {
        try {
            return new BigDecimal(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw invalid(value, "a number");
        }
    }

    /** Unix seconds of an instant, a date (its start in the account's zone) or ISO text of either. */
    private long seconds(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Instant instant) {
            return instant.getEpochSecond();
        }
        if (value instanceof Date date) {
            return date.toInstant().getEpochSecond();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toEpochSecond();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toEpochSecond();
        }
        if (value instanceof LocalDateTime time) {
            return time.atZone(zone).toEpochSecond();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone).toEpochSecond();
        }
        String text = String.valueOf(value).strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toEpochSecond()
                                       : text.endsWith("Z")
                                         || text.matches(".*[+-]\\d{2}:?\\d{2}$")
                                                                                  ? OffsetDateTime.parse(text)
                                                                                          .toEpochSecond()
                                                                                  : LocalDateTime.parse(text)
                                                                                          .atZone(zone).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw invalid(value, "a LocalDate, an Instant, unix seconds or ISO-8601 text such as 2026-05-08");
        }
    }

    private ObjectNode option(Object label) {
        if (label instanceof OptionHandle handle) {
            return JSON.objectNode().put("enum_id", handle.optionId());
        }
        List<CustomField.Option> options = field.getEnums() == null ? List.of() : field.getEnums();
        String wanted = Closest.normal(String.valueOf(label));
        for (CustomField.Option option : options) {
            if (Closest.normal(option.getValue()).equals(wanted)
                || label instanceof Number n && option.getId() != null && option.getId() == n.longValue()) {
                return JSON.objectNode().put("enum_id", option.getId());
            }
        }
        List<String> labels = options.stream().map(CustomField.Option::getValue).toList();
        throw new IllegalArgumentException("The custom field '" + field.getName() + "' (" + field.getType()
                                           + ") has no option '" + label + "'; closest: "
                                           + Closest.to(String.valueOf(label), labels, 3) + " of " + labels);
    }

    /** A phone or e-mail, a list of them, or a Map of enum code (WORK, MOB, ...) to one or more of them. */
    private void multitext(Object value, ArrayNode values) {
        if (value instanceof Map<?, ?> byCode) {
            byCode.forEach((code, entries) -> many(entries).forEach(entry -> values.add(JSON.objectNode()
                    .put("value", String.valueOf(entry))
                    .put("enum_code", code instanceof OptionHandle handle ? handle.label() : String.valueOf(code)))));
        } else {
            many(value).forEach(entry -> values.add(JSON.objectNode().put("value", String.valueOf(entry))
                    .put("enum_code", DEFAULT_CODE)));
        }
    }

    /** An address: a Map of part (address_line_1, city, zip, ...) to text, or text alone as the first line. */
    private void address(Object value, ArrayNode values) {
        Map<?, ?> parts = value instanceof Map<?, ?> map ? map : Map.of(ADDRESS_PARTS.get(0), value);
        parts.forEach((part, text) -> {
            String code = String.valueOf(part);
            if (!ADDRESS_PARTS.contains(code)) {
                throw invalid(value, "a Map of address part to text, the parts being " + ADDRESS_PARTS);
            }
            values.add(JSON.objectNode().put("value", String.valueOf(text)).put("enum_code", code));
        });
    }

    private static List<Object> many(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return List.of(value);
    }

    private IllegalArgumentException invalid(Object value, String expected) {
        return new IllegalArgumentException("The custom field '" + field.getName() + "' (" + field.getType()
                                            + ") takes " + expected + ", not '" + value + "'");
    }
}
