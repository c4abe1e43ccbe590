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
package io.github.camelkommo.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component options of the kommo catalog JSON that camel-package-maven-plugin writes into the component jar. */
final class KommoCatalog {

    private KommoCatalog() {
    }

    /** Each component option by name, with its description. */
    static Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        read("META-INF/io/github/camelkommo/kommo.json").path("componentProperties").properties()
                .forEach(option -> options.put(option.getKey(), option.getValue().path("description").asText()));
        return options;
    }

    static JsonNode read(String resource) {
        try (InputStream in = KommoCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
