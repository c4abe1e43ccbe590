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
package io.github.camelkommo.internal.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelkommo.KommoEntity;

/**
 * Builds the query of a list in Kommo's PHP-style bracket form: {@code filter[id][]=1}, {@code order[id]=asc},
 * {@code filter[updated_at][from]=…}. Checks each value before any request is sent.
 */
public final class KommoQuery {

    private static final int MAX_PAGE_SIZE = KommoEntity.MAX_BATCH;
    private static final Set<String> ORDER_DIRECTIONS = Set.of("asc", "desc");

    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    public KommoQuery page(int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE
                                               + " (Kommo's largest page), was " + pageSize);
        }
        entries.add(Map.entry("page", String.valueOf(page)));
        entries.add(Map.entry("limit", String.valueOf(pageSize)));
        return this;
    }

    /** Kommo's {@code with}: a comma-separated list of extras. */
    public KommoQuery with(String with) {
        if (with != null && !with.isBlank()) {
            entries.add(Map.entry("with", with.replace(" ", "")));
        }
        return this;
    }

    /** Kommo's full-text {@code query}. */
    public KommoQuery search(String text) {
        if (text != null && !text.isBlank()) {
            entries.add(Map.entry("query", text));
        }
        return this;
    }

    /**
     * Filters by Kommo's names without the {@code filter} prefix, dots standing for brackets ({@code updated_at.from});
     * a collection or array value filters on each of its values, a map value nests.
     */
    public KommoQuery filters(Map<String, ?> filters) {
        filters.forEach((key, value) -> addFilter("filter" + brackets(key), value));
        return this;
    }

    /** {@code field:direction}, e.g. {@code updated_at:desc}. */
    public KommoQuery order(String order) {
        if (order == null || order.isBlank()) {
            return this;
        }
        String[] parts = order.trim().split("[:,\\s]+");
        String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !parts[0].matches("[a-z_]+") || !ORDER_DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException(
                    "Invalid order '" + order + "': use field:direction with a field such as "
                                               + "created_at, updated_at or id and a direction asc or desc");
        }
        entries.add(Map.entry("order[" + parts[0] + "]", direction));
        return this;
    }

    /** Parameters built elsewhere, such as an endpoint's filters. */
    public KommoQuery addAll(List<Map.Entry<String, String>> more) {
        entries.addAll(more);
        return this;
    }

    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(entries);
    }

    private static String brackets(String key) {
        if (key.startsWith("[")) {
            return key;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("\\.")) {
            sb.append('[').append(part).append(']');
        }
        return sb.toString();
    }

    /**
     * A value under its bracket name: a collection or array of scalars as {@code name[]=v} each, a collection of maps
     * as {@code name[i][key]=v} (as {@code filter[statuses][0][pipeline_id]}), a map nested as {@code name[key]}.
     */
    private void addFilter(String name, Object value) {
        if (value instanceof Object[] array) {
            addFilter(name, List.of(array));
        } else if (value instanceof Collection<?> values) {
            int index = 0;
            for (Object v : values) {
                if (v instanceof Map<?, ?> || v instanceof Collection<?> || v instanceof Object[]) {
                    addFilter(name + "[" + index + "]", v);
                } else if (v != null) {
                    entries.add(Map.entry(name + "[]", scalar(v)));
                }
                index++;
            }
        } else if (value instanceof Map<?, ?> nested) {
            nested.forEach((k, v) -> addFilter(name + "[" + k + "]", v));
        } else if (value != null) {
            entries.add(Map.entry(name, scalar(value)));
        }
    }

    /** Unix seconds for an instant, 1 or 0 for a boolean or true/false (as Kommo's docs write them), else the text. */
    private static String scalar(Object value) {
        if (value instanceof Instant instant) {
            return String.valueOf(instant.getEpochSecond());
        }
        if (value instanceof Boolean || "true".equalsIgnoreCase(String.valueOf(value))
            || "false".equalsIgnoreCase(String.valueOf(value))) {
            return Boolean.parseBoolean(String.valueOf(value)) ? "1" : "0";
        }
        return String.valueOf(value);
    }
}
