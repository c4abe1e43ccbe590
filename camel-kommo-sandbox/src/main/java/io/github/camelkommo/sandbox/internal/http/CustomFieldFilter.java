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
package io.github.camelkommo.sandbox.internal.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelkommo.sandbox.internal.store.CustomFieldMatchers;

/**
 * {@code filter[custom_fields_values][FIELD_ID]}, read by the type of the field as the amoCRM filters-api documents it:
 * the value of a numeric, text, url, textarea or streetaddress field, the enum id of a select, multiselect or
 * radiobutton, {@code 1}/{@code 0} for a checkbox (one value), a {@code [from]}/{@code [to]} range over a date,
 * date_time or numeric field; one exact value of a multitext field (the maintainers' phone example). Several values
 * of one field match any of them; several fields must all match. Anything else is a 400 naming the parameter.
 */
final class CustomFieldFilter {

    private static final Pattern KEY = Pattern.compile("filter\\[custom_fields_values]\\[(\\d+)](\\[(\\d*|from|to)])?");
    private static final Set<String> TEXT_TYPES = Set.of("text", "url", "textarea", "streetaddress");
    private static final Set<String> ENUM_TYPES = Set.of("select", "multiselect", "radiobutton");
    private static final Set<String> RANGE_TYPES = Set.of("date", "date_time", "numeric");
    private static final String TAKEN = "numeric, text, url, textarea, streetaddress, select, multiselect, "
                                        + "radiobutton, checkbox, multitext (one value), date, date_time (from/to)";

    private CustomFieldFilter() {
    }

    /**
     * The predicate of every {@code filter[custom_fields_values]} key of the request, all of them AND-ed.
     *
     * @param fieldTypes the entity's custom fields: id to type (a filter on another id is a 400)
     */
    static Optional<Predicate<ObjectNode>> parse(QueryParams params, Map<Long, String> fieldTypes) {
        Map<Long, String> valued = new LinkedHashMap<>();
        Map<Long, Long[]> ranges = new LinkedHashMap<>();
        for (String key : params.keys()) {
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                continue;
            }
            long field = FilterParams.number(key, m.group(1));
            if (!fieldTypes.containsKey(field)) {
                throw FilterParams.bad(key + " names no custom field of this entity; its fields: "
                                       + fieldTypes.keySet().stream().sorted().map(String::valueOf)
                                               .collect(Collectors.joining(", ")));
            }
            String bound = m.group(3);
            if ("from".equals(bound) || "to".equals(bound)) {
                ranges.computeIfAbsent(field, f -> new Long[2])["from".equals(bound) ? 0 : 1] = FilterParams
                        .number(key, params.first(key).orElseThrow());
            } else {
                valued.put(field, m.group(1));
            }
        }
        List<Predicate<ObjectNode>> all = new ArrayList<>();
        valued.forEach((field, raw) -> all.add(values(field, fieldTypes.get(field),
                params.listValues("filter[custom_fields_values][" + raw + "]"), ranges)));
        ranges.forEach((field, r) -> all.add(range(field, fieldTypes.get(field), r)));
        return all.stream().reduce(Predicate::and);
    }

    private static Predicate<ObjectNode> values(long field, String type, List<String> wanted,
                                                Map<Long, Long[]> ranges) {
        String key = "filter[custom_fields_values][" + field + "]";
        if (ranges.containsKey(field)) {
            throw FilterParams.bad(key + " takes either values or [from]/[to], not both");
        }
        if (TEXT_TYPES.contains(type)) {
            return CustomFieldMatchers.textAnyOf(field, new HashSet<>(wanted));
        }
        if ("numeric".equals(type)) {
            Set<BigDecimal> numbers = new HashSet<>();
            for (String value : wanted) {
                BigDecimal number = CustomFieldMatchers.number(TextNode.valueOf(value));
                if (number == null) {
                    throw FilterParams.bad(key + " is a numeric field: '" + value + "' is not a number");
                }
                numbers.add(number);
            }
            return CustomFieldMatchers.numberAnyOf(field, numbers);
        }
        if (ENUM_TYPES.contains(type)) {
            Set<Long> ids = new HashSet<>();
            for (String value : wanted) {
                if (!value.trim().matches("\\d+")) {
                    throw FilterParams.bad(key + " is a " + type + " field: it takes enum ids, not '" + value + "'");
                }
                ids.add(Long.parseLong(value.trim()));
            }
            return CustomFieldMatchers.enumAnyOf(field, ids);
        }
        if ("checkbox".equals(type) || "multitext".equals(type)) {
            if (wanted.size() != 1) {
                throw FilterParams.bad(key + " is a " + type + " field: it takes one value, not " + wanted.size());
            }
            String value = wanted.get(0);
            if ("multitext".equals(type)) {
                return CustomFieldMatchers.textAnyOf(field, Set.of(value));
            }
            if (!value.equals("1") && !value.equals("0")) {
                throw FilterParams.bad(key + " is a checkbox field: it takes 1 or 0, not '" + value + "'");
            }
            return CustomFieldMatchers.checked(field, value.equals("1"));
        }
        throw FilterParams.bad(key + " is a " + type + " field, which takes "
                               + (RANGE_TYPES.contains(type) ? "only [from]/[to]"
                                                             : "no filter; filters take: " + TAKEN));
    }

    private static Predicate<ObjectNode> range(long field, String type, Long[] bounds) {
        if (!RANGE_TYPES.contains(type)) {
            throw FilterParams.bad("filter[custom_fields_values][" + field + "] is a " + type
                                   + " field, which takes no [from]/[to]; ranges are for date, date_time, numeric");
        }
        return CustomFieldMatchers.range(field, bounds[0], bounds[1]);
    }
}
