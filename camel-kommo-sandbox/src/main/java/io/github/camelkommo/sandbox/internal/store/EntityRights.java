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

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import static io.github.camelkommo.sandbox.internal.store.Shape.key;

/**
 * The rights of a role (amoCRM users-api): each action is {@code A} (all), {@code G} (the user's group), {@code M}
 * (the user's own) or {@code D} (denied); the keys are the {@link Shapes#ROLE_RIGHTS}.
 */
final class EntityRights {

    /** The actions on leads, contacts and companies. */
    static final Shape ACTIONS = Shape.of(key("add"), key("edit"), key("view"), key("delete"), key("export"));

    private static final Set<String> LEVELS = Set.of("A", "G", "M", "D");

    private EntityRights() {
    }

    /** Reports every action level other than A, G, M, D, and mistyped flags, under {@code rights}. */
    static void check(JsonNode rights, Violations violations) {
        if (rights == null || !rights.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rights.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "rights." + entry.getKey();
            JsonNode value = entry.getValue();
            switch (entry.getKey()) {
                case "mail_access", "catalog_access" -> {
                    if (!value.isBoolean()) {
                        violations.invalidType(path, JsonKind.BOOL);
                    }
                }
                case "status_rights" -> {
                    for (int i = 0; i < value.size(); i++) {
                        levels(value.get(i).path("rights"), path + "[" + i + "].rights", violations);
                    }
                }
                default -> levels(value, path, violations);
            }
        }
    }

    private static void levels(JsonNode actions, String path, Violations violations) {
        actions.fields().forEachRemaining(action -> {
            if (!LEVELS.contains(action.getValue().asText())) {
                violations.notSupportedChoice(path + "." + action.getKey());
            }
        });
    }
}
