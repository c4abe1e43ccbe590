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

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring configuration metadata IDEs complete the properties from, checked against the component's catalog. */
class KommoConfigurationMetadataTest {

    private static final String PREFIX = KommoComponentConfiguration.PREFIX + ".";

    private final Map<String, JsonNode> metadata = StreamSupport.stream(
            KommoCatalog.read("META-INF/spring-configuration-metadata.json").path("properties").spliterator(),
            false)
            .collect(Collectors.toMap(property -> property.path("name").asText(), property -> property));

    @Test
    void describesEveryComponentOptionWithItsCatalogDescription() {
        KommoCatalog.componentOptions().forEach((option, description) -> {
            JsonNode property = metadata.get(PREFIX + StringHelper.camelCaseToDash(option));
            assertThat(property).as(option).isNotNull();
            assertThat(property.path("description").asText()).as(option).startsWith(description);
        });
    }

    @Test
    void describesTheAutoConfigurationSwitchesAndGivesDefaultsAndTypes() {
        assertThat(metadata.get(PREFIX + "enabled").path("description").asText()).contains("auto configuration");
        assertThat(metadata.get(PREFIX + "customizer.enabled").path("description").asText()).isNotEmpty();
        assertThat(metadata.get(PREFIX + "requests-per-second").path("defaultValue").asInt()).isEqualTo(7);
        assertThat(metadata.get(PREFIX + "access-token").path("type").asText()).isEqualTo("java.lang.String");
    }
}
