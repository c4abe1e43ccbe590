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
package io.github.camelkommo.maven.validate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code kommo:} endpoint found in a route source: where it is, its entity and its options (from the URI's query
 * and, in YAML, from a {@code parameters:} block), each with the line that sets it.
 *
 * @param file    the source file
 * @param line    the line of the URI
 * @param uri     the URI as written
 * @param entity  the entity ({@code leads} of {@code kommo:leads?...})
 * @param options option name to value
 * @param lines   option name to the line that sets it
 */
public record KommoUri(Path file, int line, String uri, String entity, Map<String, String> options,
                       Map<String, Integer> lines) {

    /** A URI from its text: {@code kommo:entity?a=1&b=2} or {@code kommo://entity?...}. */
    static KommoUri parse(Path file, int line, String uri) {
        String rest = uri.substring("kommo:".length());
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int query = rest.indexOf('?');
        String entity = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&(amp;)?")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    options.put(name, eq < 0 ? "" : pair.substring(eq + 1));
                    lines.put(name, line);
                }
            }
        }
        return new KommoUri(file, line, uri, entity, options, lines);
    }

    /** Adds an option from elsewhere (a YAML parameters block). */
    void put(String name, String value, int atLine) {
        options.put(name, value);
        lines.put(name, atLine);
    }
}
