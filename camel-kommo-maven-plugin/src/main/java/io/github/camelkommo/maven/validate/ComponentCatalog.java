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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.KommoOperation;

/**
 * What the kommo component accepts, read from the component itself: the endpoint options (name, type, allowed values,
 * prefix) from the catalog JSON that camel-package-maven-plugin generates into its jar
 * ({@code META-INF/io/github/camelkommo/kommo.json}), and which operations each entity supports from
 * {@link KommoEntity#supports}. Nothing here repeats the component's knowledge.
 */
public final class ComponentCatalog {

    /** Where the component's jar holds its catalog. */
    public static final String RESOURCE = "META-INF/io/github/camelkommo/kommo.json";

    /**
     * One endpoint option.
     *
     * @param name    its name ({@code operation}), or for a multi-value option its prefix ({@code filter.})
     * @param type    the catalog's type: string, integer, boolean, enum, duration, object
     * @param choices the allowed values of an enum option, else empty
     * @param prefix  whether it takes any key below its prefix ({@code filter.id})
     */
    public record Option(String name, String type, List<String> choices, boolean prefix) {
    }

    private final Map<String, Option> options = new TreeMap<>();
    private final List<String> entities = new ArrayList<>();

    private ComponentCatalog(JsonNode catalog) {
        Iterator<Map.Entry<String, JsonNode>> fields = catalog.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = field.getValue();
            List<String> choices = new ArrayList<>();
            property.path("enum").forEach(value -> choices.add(value.asText()));
            if ("path".equals(property.path("kind").asText())) {
                entities.addAll(choices);
                continue;
            }
            boolean prefixed = property.path("multiValue").asBoolean(false) && property.hasNonNull("prefix");
            String name = prefixed ? property.get("prefix").asText() : field.getKey();
            options.put(name, new Option(name, property.path("type").asText(), List.copyOf(choices), prefixed));
        }
    }

    /** The catalog of the kommo component on this class path. */
    public static ComponentCatalog load() throws IOException {
        try (InputStream in = ComponentCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The kommo component's catalog " + RESOURCE + " is not on the class path");
            }
            return new ComponentCatalog(new ObjectMapper().readTree(in));
        }
    }

    /** The entities of {@code kommo:<entity>}. */
    public List<String> entities() {
        return entities;
    }

    /** Every option name (multi-value options as their prefix, {@code filter.}), sorted. */
    public List<String> optionNames() {
        return List.copyOf(options.keySet());
    }

    /** The option a URI parameter sets, matching multi-value options by prefix. */
    public Optional<Option> option(String parameter) {
        Option exact = options.get(parameter);
        if (exact != null && !exact.prefix()) {
            return Optional.of(exact);
        }
        return options.values().stream().filter(o -> o.prefix() && parameter.startsWith(o.name())
                                                     && parameter.length() > o.name().length())
                .findFirst();
    }

    /** The operations an entity supports, in the order of {@code KommoOperation}; empty for an unknown entity. */
    public List<String> operations(String entity) {
        return Arrays.stream(KommoEntity.values()).filter(e -> e.name().equals(entity)).findFirst()
                .map(e -> option("operation").map(Option::choices).orElse(List.of()).stream()
                        .filter(op -> e.supports(KommoOperation.valueOf(op))).toList())
                .orElse(List.of());
    }
}
