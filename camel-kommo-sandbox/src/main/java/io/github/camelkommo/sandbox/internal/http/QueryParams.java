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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A query string with PHP-style bracket keys, decoded: {@code filter[id][]=1&filter[id][]=2}. Keeps the raw pairs
 * too, so links can repeat the caller's parameters exactly.
 */
public final class QueryParams {

    private static final Pattern LIST_SUFFIX = Pattern.compile("\\[\\d*]");

    private final List<Pair> pairs;

    private QueryParams(List<Pair> pairs) {
        this.pairs = pairs;
    }

    /** Parses a raw (still percent-encoded) query; {@code null} is an empty query. Bad encoding gives a 400. */
    public static QueryParams parse(String rawQuery) {
        List<Pair> pairs = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String raw : rawQuery.split("&")) {
                if (raw.isEmpty()) {
                    continue;
                }
                int eq = raw.indexOf('=');
                String key = eq < 0 ? raw : raw.substring(0, eq);
                String value = eq < 0 ? "" : raw.substring(eq + 1);
                pairs.add(new Pair(decode(key), decode(value), raw));
            }
        }
        return new QueryParams(pairs);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(Problems.of(400, "Malformed query string"));
        }
    }

    /** The first value of exactly this key. */
    public Optional<String> first(String key) {
        return pairs.stream().filter(p -> p.key.equals(key)).map(p -> p.value).findFirst();
    }

    /** Every value of {@code key}, {@code key[]} and {@code key[N]}, in order. */
    public List<String> listValues(String key) {
        return pairs.stream()
                .filter(p -> p.key.equals(key)
                             || p.key.startsWith(key) && LIST_SUFFIX.matcher(p.key.substring(key.length())).matches())
                .map(p -> p.value)
                .collect(Collectors.toList());
    }

    /** The decoded keys, in order. */
    public List<String> keys() {
        return pairs.stream().map(p -> p.key).collect(Collectors.toList());
    }

    /** The raw pairs whose key is not in {@code excluded}, joined with {@code &} (empty when none remain). */
    public String rawWithout(Set<String> excluded) {
        return pairs.stream().filter(p -> !excluded.contains(p.key)).map(p -> p.raw).collect(Collectors.joining("&"));
    }

    private record Pair(String key, String value, String raw) {
    }
}
