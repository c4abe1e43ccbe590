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

import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.sun.net.httpserver.Headers;

/**
 * The request headers as the log shows them: lower-case names, several values joined by {@code ", "}, the
 * Authorization value masked (scheme and the last four characters of a long secret). Converted on first read, so
 * recording a request costs nothing until someone inspects it.
 */
final class RequestHeaders extends AbstractMap<String, String> {

    private final Headers source;
    private volatile Map<String, String> converted;

    RequestHeaders(Headers source) {
        this.source = source;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> map = converted;
        if (map == null) {
            Map<String, String> out = new TreeMap<>();
            source.forEach((name, values) -> {
                String key = name.toLowerCase(Locale.ROOT);
                out.put(key, key.equals("authorization") ? mask(values) : String.join(", ", values));
            });
            map = Collections.unmodifiableMap(out);
            converted = map;
        }
        return map.entrySet();
    }

    private static String mask(List<String> values) {
        String value = values.get(0);
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space + 1);
        String secret = space < 0 ? value : value.substring(space + 1);
        return scheme + "****" + (secret.length() > 8 ? secret.substring(secret.length() - 4) : "");
    }
}
