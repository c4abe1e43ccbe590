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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelkommo.internal.support.Closest;

/**
 * Checks a {@code kommo:} URI against the component's catalog: the entity exists, every option exists, an enum
 * option's value is one of its choices, a boolean's is true or false, a number's is a number, and the operation is
 * one the entity supports. Each problem names the valid choices (and the closest one when a name is misspelt).
 * Values that are resolved later ({@code {{placeholder}}}, {@code ${simple}}, {@code #bean}, {@code RAW(...)}) or
 * cut short by concatenation are not checked.
 */
public final class UriCheck {

    private final ComponentCatalog catalog;

    /** A check against this catalog. */
    public UriCheck(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A problem, where it is.
     *
     * @param line    the line
     * @param message what is wrong and what is valid
     */
    public record Problem(int line, String message) {
    }

    /** The problems of a URI; empty when it is valid. */
    public List<Problem> check(KommoUri uri) {
        List<Problem> problems = new ArrayList<>();
        boolean knownEntity = isDynamic(uri.entity()) || catalog.entities().contains(uri.entity());
        if (!knownEntity) {
            problems.add(new Problem(uri.line(), "unknown entity '" + uri.entity() + "'" + closest(uri.entity(),
                    catalog.entities()) + "; use one of " + String.join(", ", catalog.entities())));
        }
        for (Map.Entry<String, String> entry : uri.options().entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            int line = uri.lines().get(name);
            Optional<ComponentCatalog.Option> option = catalog.option(name);
            if (option.isEmpty()) {
                problems.add(new Problem(line, "unknown option '" + name + "'" + closest(name, catalog.optionNames())
                                               + "; the options are " + String.join(", ", catalog.optionNames())));
                continue;
            }
            if (isDynamic(value)) {
                continue;
            }
            value(option.get(), value).ifPresent(message -> problems.add(new Problem(line, message)));
            if ("operation".equals(name) && knownEntity && !isDynamic(uri.entity())
                && option.get().choices().contains(value)) {
                List<String> supported = catalog.operations(uri.entity());
                if (!supported.contains(value)) {
                    problems.add(new Problem(line, "operation '" + value + "' is not available for " + uri.entity()
                                                   + "; use one of " + String.join(", ", supported)));
                }
            }
        }
        return problems;
    }

    private static Optional<String> value(ComponentCatalog.Option option, String value) {
        String name = option.name();
        if (!option.choices().isEmpty() && !option.choices().contains(value)) {
            return Optional.of("invalid " + name + " '" + value + "'" + closest(value, option.choices())
                               + "; use one of " + String.join(", ", option.choices()));
        }
        if ("boolean".equals(option.type()) && !value.equals("true") && !value.equals("false")) {
            return Optional.of("invalid " + name + " '" + value + "'; use true or false");
        }
        if ("integer".equals(option.type()) && !value.matches("-?\\d+")) {
            return Optional.of("invalid " + name + " '" + value + "'; it takes a whole number");
        }
        return Optional.empty();
    }

    private static boolean isDynamic(String value) {
        return value.isEmpty() || value.contains("{{") || value.contains("${") || value.startsWith("#")
               || value.startsWith("RAW(");
    }

    /** " (did you mean 'x'?)" for the closest valid name within a few edits, else nothing. */
    private static String closest(String given, List<String> valid) {
        return valid.stream().map(v -> Map.entry(v, Closest.distance(given, v)))
                .filter(e -> e.getValue() <= Math.max(2, given.length() / 3))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> " (did you mean '" + e.getKey() + "'?)").orElse("");
    }
}
