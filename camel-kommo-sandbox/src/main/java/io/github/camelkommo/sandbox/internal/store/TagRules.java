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
package io.github.camelkommo.sandbox.internal.store;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tag write ({@code POST /api/v4/<entity>/tags}): {@code name} (required), {@code color} (a hex string without
 * {@code #}, as in the amoCRM tags example {@code DDEBB5}) and {@code request_id}; any other key is
 * {@code FieldNotExpected}.
 */
final class TagRules {

    private static final Set<String> KEYS = Set.of("name", "color", "request_id");

    private TagRules() {
    }

    static void check(ObjectNode item, Violations violations) {
        CustomFieldValueKeys.check(item, KEYS, "", violations);
        References.checkRequiredText(item.get("name"), "name", violations);
        JsonNode color = item.get("color");
        if (color != null && !color.isNull() && (!color.isTextual() || !color.asText().matches("[0-9A-Fa-f]{6}"))) {
            violations.invalidType("color", JsonKind.STRING);
        }
    }
}
