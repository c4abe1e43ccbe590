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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.FilterSpec;
import io.github.camelkommo.sandbox.internal.store.Matchers;

/**
 * The {@code filter[...]} parameters of a list, read against the entity table: each documented filter becomes a
 * predicate; a {@code filter[...]} key the entity does not document (or with a suffix its kind does not take) is a
 * 400 naming the parameter, never silently ignored; so is a malformed value.
 */
final class FilterParams {

    private static final Pattern KEY = Pattern.compile("filter\\[([^\\]]*)](.*)");
    private static final Pattern STATUSES = Pattern.compile("filter\\[statuses]\\[(\\d+)]\\[(pipeline_id|status_id)]");

    private FilterParams() {
    }

    /**
     * The predicates of the request's filters.
     *
     * @param customFieldTypes the entity's custom fields, id to type ({@link CustomFieldFilter})
     */
    static List<Predicate<ObjectNode>> parse(EntityType type, QueryParams params, Map<Long, String> customFieldTypes) {
        Set<String> given = checkKeys(type, params);
        List<Predicate<ObjectNode>> filters = new ArrayList<>();
        for (FilterSpec spec : type.filters()) {
            if (!given.contains(spec.param())) {
                continue;
            }
            if (spec.requires() != null && !given.contains(spec.requires())) {
                throw bad("filter[" + spec.param() + "] needs filter[" + spec.requires() + "]");
            }
            if (spec.requiresOne() && values(params, "filter[" + spec.requires() + "]").size() != 1) {
                throw bad("filter[" + spec.param() + "] needs exactly one filter[" + spec.requires() + "]");
            }
            checkValues(spec, params);
            filter(spec, params, customFieldTypes).ifPresent(filters::add);
        }
        return filters;
    }

    /** The names of the filters given; 400 for a key the entity does not take. */
    private static Set<String> checkKeys(EntityType type, QueryParams params) {
        Set<String> given = new HashSet<>();
        for (String key : params.keys()) {
            if (!key.startsWith("filter")) {
                continue;
            }
            Matcher m = KEY.matcher(key);
            Optional<FilterSpec> spec = m.matches()
                                                    ? type.filters().stream().filter(f -> f.param().equals(m.group(1)))
                                                            .findFirst()
                                                    : Optional.empty();
            if (spec.isEmpty() || !spec.get().kind().acceptsSuffix(m.group(2))) {
                throw bad("Unknown filter parameter " + key + " for " + type.entityName());
            }
            given.add(spec.get().param());
        }
        return given;
    }

    /** The values of a list filter, comma-separated lists split. */
    private static List<String> values(QueryParams params, String key) {
        List<String> out = new ArrayList<>();
        for (String value : params.listValues(key)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** The number of values ({@link FilterSpec#max()}) and their form ({@link FilterSpec#allowed()}). */
    private static void checkValues(FilterSpec spec, QueryParams params) {
        String key = "filter[" + spec.param() + "]";
        List<String> values = values(params, key);
        if (spec.max() > 0 && values.size() > spec.max()) {
            throw bad(key + " takes at most " + spec.max() + " values");
        }
        if (spec.allowed() != null && !values.stream().allMatch(v -> v.matches(spec.allowed()))) {
            throw bad(key + " must be one of " + spec.allowed().replace("\\d+", "{ID}").replace("|", ", "));
        }
    }

    private static Optional<Predicate<ObjectNode>> filter(FilterSpec spec, QueryParams params,
                                                          Map<Long, String> fieldTypes) {
        String key = "filter[" + spec.param() + "]";
        return switch (spec.kind()) {
            case IDS -> ids(spec.field(), key, params.listValues(key));
            case TEXTS -> texts(spec.field(), params.listValues(key));
            case RANGE -> range(spec.field(), key, params, false);
            case SINCE_OR_RANGE -> range(spec.field(), key, params, true);
            case FLAG -> params.listValues(key).stream().findFirst().map(v -> switch (v.trim()) {
                case "1" -> Matchers.flag(spec.field(), true);
                case "0" -> Matchers.flag(spec.field(), false);
                default -> throw bad(key + " must be 1 or 0");
            });
            case STATUSES -> statuses(params);
            case CUSTOM_FIELDS -> CustomFieldFilter.parse(params, fieldTypes);
            case CSV_IDS -> ids(spec.field(), key, values(params, key));
            case CSV_TEXTS -> texts(spec.field(), values(params, key));
            case EVENT_VALUES -> EventValueFilter.parse(spec.field(), params);
        };
    }

    private static Optional<Predicate<ObjectNode>> ids(String field, String key, List<String> values) {
        return values.isEmpty() ? Optional.empty()
                                : Optional.of(Matchers.anyOf(field, values.stream().map(v -> number(key, v))
                                        .collect(Collectors.toSet())));
    }

    private static Optional<Predicate<ObjectNode>> texts(String field, List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(Matchers.anyText(field, new HashSet<>(values)));
    }

    /** {@code [from]}/{@code [to]} inclusive; a lone value matches exactly, or (since) anything strictly after it. */
    private static Optional<Predicate<ObjectNode>> range(String field, String key, QueryParams params, boolean since) {
        Long from = params.first(key + "[from]").map(v -> number(key + "[from]", v)).orElse(null);
        Long to = params.first(key + "[to]").map(v -> number(key + "[to]", v)).orElse(null);
        Optional<Long> single = params.first(key).map(v -> number(key, v));
        if (single.isPresent()) {
            from = since ? single.get() + 1 : single.get();
            to = since ? null : single.get();
        }
        return from == null && to == null ? Optional.empty() : Optional.of(Matchers.range(field, from, to));
    }

    private static Optional<Predicate<ObjectNode>> statuses(QueryParams params) {
        List<long[]> pairs = statusPairs(params, STATUSES, "filter[statuses]");
        return pairs.isEmpty() ? Optional.empty() : Optional.of(Matchers.inStatuses(pairs));
    }

    /**
     * The {@code [pipeline_id, status_id]} pairs of the keys matching {@code pattern} (group 1 the index, group 2
     * which half), in index order; a pair missing a half is a 400 naming {@code name}.
     */
    static List<long[]> statusPairs(QueryParams params, Pattern pattern, String name) {
        Map<Integer, long[]> pairs = new TreeMap<>();
        for (String key : params.keys()) {
            Matcher m = pattern.matcher(key);
            if (m.matches()) {
                long[] pair = pairs.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new long[]{-1, -1});
                pair["pipeline_id".equals(m.group(2)) ? 0 : 1] = number(key, params.first(key).orElseThrow());
            }
        }
        if (pairs.values().stream().anyMatch(p -> p[0] < 0 || p[1] < 0)) {
            throw bad(name + " needs both pipeline_id and status_id");
        }
        return new ArrayList<>(pairs.values());
    }

    static long number(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw bad(name + " must be an integer");
        }
    }

    static ApiProblem bad(String detail) {
        return new ApiProblem(Problems.of(400, detail));
    }
}
