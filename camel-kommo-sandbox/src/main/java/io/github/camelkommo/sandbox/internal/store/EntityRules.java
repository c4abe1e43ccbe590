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

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The per-entity part of a write: the stored form with its defaults, the checks of references and nested
 * structures, and the interpretation of non-scalar fields. Types and required fields are checked generically from
 * the {@link EntityType} table before {@link #check} runs; scalar fields are copied generically before {@link #apply}.
 */
interface EntityRules {

    /** A new entity with every field Kommo returns, in Kommo's order, holding defaults. */
    ObjectNode template(long id, long now, EntityStore store);

    /** Checks references and nested structures of {@code item}; {@code existing} is null on create. */
    void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations);

    /** Puts {@code created_by}, {@code updated_by} (both {@code user}), {@code created_at}, {@code updated_at}. */
    static void stampAuthorship(ObjectNode node, long user, long now) {
        node.put("created_by", user);
        node.put("updated_by", user);
        node.put("created_at", now);
        node.put("updated_at", now);
    }

    /** Writes what is not a plain scalar copy into {@code target}; {@code previous} is null on create. Never fails. */
    void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store);
}
