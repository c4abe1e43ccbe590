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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.ListQuery;
import io.github.camelkommo.sandbox.internal.store.Matchers;
import io.github.camelkommo.sandbox.internal.store.OrderSpec;
import io.github.camelkommo.sandbox.internal.store.SearchQuery;

/**
 * The list parameters of a request, read against the entity table: {@code page} (from 1), {@code limit} (1..250,
 * events 1..100, default 50), the entity's {@code filter[...]}s ({@link FilterParams}), {@code query},
 * {@code order[field]=asc|desc},
 * {@code with} and {@code If-Modified-Since}. Malformed values, filters and order fields the entity does not take
 * answer 400; other unknown parameters are ignored.
 */
record ListParams(ListQuery query, Set<String> with) {

    static final int DEFAULT_LIMIT = 50;

    private static final Pattern ORDER = Pattern.compile("order\\[([a-z_]+)]");

    /**
     * @param customFieldTypes the entity's custom fields, id to type, for {@code filter[custom_fields_values]}
     * @param ifModifiedSince  whether the {@code If-Modified-Since} header is honoured (else ignored entirely)
     */
    static ListParams parse(EntityType type, ApiRequest request, Map<Long, String> customFieldTypes,
                            boolean ifModifiedSince) {
        QueryParams params = request.query();
        int page = page(params);
        int limit = limit(params, type.maxLimit());
        List<Predicate<ObjectNode>> filters = new ArrayList<>(FilterParams.parse(type, params, customFieldTypes));
        if (type.searchable()) {
            params.first("query").filter(q -> !q.isBlank()).map(SearchQuery::of).ifPresent(filters::add);
        }
        if (ifModifiedSince && type.honoursIfModifiedSince()) {
            HttpDates.parse(request.header("If-Modified-Since"))
                    .map(Instant::getEpochSecond)
                    .map(Matchers::modifiedAfter)
                    .ifPresent(filters::add);
        }
        return new ListParams(new ListQuery(page, limit, filters, order(type, params)), with(params));
    }

    /** The comma-separated values of {@code with}. */
    static Set<String> with(QueryParams params) {
        return params.first("with")
                .map(w -> Arrays.stream(w.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }

    /** {@code limit}: 1..max (250; events 100), default 50; anything else is a 400. */
    static int limit(QueryParams params, int max) {
        return integer(params, "limit", 1, max, DEFAULT_LIMIT);
    }

    /** {@code page}: from 1, default 1; anything else is a 400. */
    static int page(QueryParams params) {
        return integer(params, "page", 1, Integer.MAX_VALUE, 1);
    }

    private static int integer(QueryParams params, String name, int min, int max, int fallback) {
        Optional<String> value = params.first(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get().trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw FilterParams.bad(max == Integer.MAX_VALUE ? name + " must be a positive integer"
                                                        : name + " must be an integer from " + min + " to " + max);
    }

    /** The first {@code order[field]}; a field the entity cannot be ordered by, or another direction, is a 400. */
    private static OrderSpec order(EntityType type, QueryParams params) {
        for (String key : params.keys()) {
            if (!key.startsWith("order")) {
                continue;
            }
            Matcher m = ORDER.matcher(key);
            if (!m.matches() || !type.orderFields().contains(m.group(1))) {
                throw FilterParams.bad("Unsupported sort parameter " + key + " for " + type.entityName()
                                       + "; allowed: " + String.join(", ", new TreeSet<>(type.orderFields())));
            }
            String direction = params.first(key).orElse("").trim().toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw FilterParams.bad(key + " must be asc or desc");
            }
            return new OrderSpec(m.group(1), direction.equals("asc"));
        }
        return OrderSpec.BY_ID;
    }
}
