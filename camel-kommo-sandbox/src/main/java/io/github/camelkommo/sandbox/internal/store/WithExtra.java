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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A part of an entity's answer that Kommo shows only when the request's {@code with} names it ("requires the GET
 * parameter with" in the vendor's field tables): a top-level field, or a key under {@code _embedded}. Its value is
 * worked out from the stored entity when it is rendered; a {@code null} value leaves the key out.
 *
 * @param with     the {@code with} value that asks for it
 * @param key      the key it is shown under
 * @param embedded whether it goes under {@code _embedded} rather than at the top level
 * @param value    how its value is found
 */
public record WithExtra(String with, String key, boolean embedded, Value value) {

    /** Finds the value shown for an entity; {@code base} is the caller's base URL, for {@code _links}. */
    @FunctionalInterface
    public interface Value {
        JsonNode of(ObjectNode entity, EntityStore store, String base);
    }

    /** A top-level field with the same value for every entity (what the sandbox, lacking the feature, has). */
    static WithExtra field(String with, JsonNode constant) {
        return new WithExtra(with, with, false, (entity, store, base) -> constant);
    }

    /** A top-level {@code null} field: a reference to something the sandbox does not have (e.g. sources). */
    static WithExtra nullField(String with) {
        return field(with, NullNode.getInstance());
    }

    /** A top-level {@code false} flag. */
    static WithExtra falseField(String with) {
        return field(with, BooleanNode.FALSE);
    }

    /**
     * An empty list under {@code _embedded}: links to entities the sandbox does not emulate (customers), so no
     * entity has any.
     */
    static WithExtra noLinks(String with) {
        return new WithExtra(with, with, true, (entity, store, base) -> Json.array());
    }

    /**
     * {@code _embedded.catalog_elements}: the catalog elements linked to the entity through the links API,
     * {@code [{id, metadata: {quantity, catalog_id}}]} (fact sheet §3.1), {@code []} when none.
     */
    static WithExtra catalogElements() {
        return new WithExtra("catalog_elements", "catalog_elements", true,
                (entity, store, base) -> entity.path("_embedded").path("catalog_elements").isArray()
                                                                                                     ? entity.get(
                                                                                                             "_embedded")
                                                                                                             .get("catalog_elements")
                                                                                                     : Json.array());
    }

    /** A list under {@code _embedded.<key>} worked out by {@code value}. */
    static WithExtra embedded(String with, String key, Value value) {
        return new WithExtra(with, key, true, value);
    }
}
