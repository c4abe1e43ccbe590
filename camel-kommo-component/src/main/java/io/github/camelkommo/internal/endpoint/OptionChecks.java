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
package io.github.camelkommo.internal.endpoint;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.KommoOperation;

/**
 * The checks of the component's and endpoints' options, made before anything is sent: each failure is an
 * {@link IllegalArgumentException} naming the option, the value and what is accepted.
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    /** The entity of {@code kommo:<entity>}. */
    public static KommoEntity entity(String remaining) {
        String name = remaining == null ? "" : remaining.trim();
        return Arrays.stream(KommoEntity.values()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Kommo entity '" + name + "' in kommo:" + name
                                                                + "; use one of " + Arrays.stream(KommoEntity.values())
                                                                        .map(Enum::name)
                                                                        .collect(Collectors.joining(", "))));
    }

    /** The operation option as the URI gives it, before Camel binds it to the enum. */
    public static void operation(Map<String, Object> parameters) {
        if (parameters.get("operation") instanceof String name) {
            KommoOperation.named(name);
        }
    }

    /** An endpoint's options once bound. */
    public static void endpoint(KommoEntity entity, KommoConfiguration config) {
        oneOf("customFieldsAs", config.getCustomFieldsAs(), "models", "names");
        entity.checkOrder(config.getOrder());
        if (config.getUnsortedType() != null) {
            oneOf("unsortedType", config.getUnsortedType(), "forms", "sip");
        }
        if (config.getEntityType() != null) {
            oneOf("entityType", config.getEntityType(), "leads", "contacts", "companies", "customers");
        }
    }

    private static void oneOf(String option, String value, String... valid) {
        if (!Arrays.asList(valid).contains(value)) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "'; use one of "
                                               + String.join(", ", valid));
        }
    }

    /** A component option that has a lower bound; {@code unit} says what the number counts, or why the bound. */
    public static void atLeast(String option, long value, long min, String unit) {
        if (value < min) {
            throw new IllegalArgumentException("The kommo component option " + option + " must be at least " + min
                                               + (unit.isEmpty() ? "" : " " + unit) + ", was " + value);
        }
    }
}
