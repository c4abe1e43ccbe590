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

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.Matchers;

/**
 * The filters of the small lists that are not entity tables (custom fields, tags, loss reasons): {@code filter[id]}
 * (one id or a list) and the named text filters (exact, any of the values), and their {@code order[...]}; any other
 * {@code filter[...]} key or sort field is a 400 naming the parameter, as for the entity lists.
 */
final class SimpleFilters {

    private static final Pattern KEY = Pattern.compile("filter\\[([^\\]]*)](\\[\\d*])?");
    private static final Pattern ORDER = Pattern.compile("order\\[([a-z_]+)]");

    private SimpleFilters() {
    }

    /**
     * The order {@code order[field]=asc|desc} asks for among {@code fields} (ties by id), or null for the stored
     * order; another field, a second {@code order[...]} or another direction is a 400.
     */
    static Comparator<ObjectNode> order(QueryParams params, String what, String... fields) {
        Comparator<ObjectNode> order = null;
        for (String key : params.keys()) {
            if (!key.startsWith("order")) {
                continue;
            }
            Matcher m = ORDER.matcher(key);
            if (order != null || !m.matches() || !List.of(fields).contains(m.group(1))) {
                throw FilterParams.bad("Unsupported sort parameter " + key + " for " + what);
            }
            String direction = params.first(key).orElse("").trim().toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw FilterParams.bad(key + " must be asc or desc");
            }
            Comparator<ObjectNode> byField = Comparator.<ObjectNode>comparingLong(n -> n.path(m.group(1)).asLong())
                    .thenComparingLong(n -> n.path("id").asLong());
            order = direction.equals("asc") ? byField : byField.reversed();
        }
        return order;
    }

    /** For a list that takes no filter and no order: any {@code filter[...]} or {@code order[...]} is a 400. */
    static void none(QueryParams params, String what) {
        for (String key : params.keys()) {
            if (key.startsWith("filter") || key.startsWith("order")) {
                throw FilterParams.bad("Unknown parameter " + key + " for " + what);
            }
        }
    }

    /** The predicate of the request's filters; {@code what} names the list in errors. */
    static Predicate<ObjectNode> parse(QueryParams params, String what, String... texts) {
        Set<String> allowed = new HashSet<>(List.of(texts));
        allowed.add("id");
        Predicate<ObjectNode> all = node -> true;
        Set<String> seen = new HashSet<>();
        for (String key : params.keys()) {
            if (!key.startsWith("filter")) {
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches() || !allowed.contains(m.group(1))) {
                throw FilterParams.bad("Unknown filter parameter " + key + " for " + what);
            }
            String name = m.group(1);
            if (!seen.add(name)) {
                continue;
            }
            List<String> values = params.listValues("filter[" + name + "]");
            all = all.and("id".equals(name)
                                            ? Matchers.anyOf("id", values.stream().map(v -> FilterParams.number(key, v))
                                                    .collect(Collectors.toSet()))
                                            : Matchers.anyText(name, new HashSet<>(values)));
        }
        return all;
    }
}
