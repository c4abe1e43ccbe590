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

/**
 * A list of linked entities an entity shows under {@code _embedded.<key>}, each item {@code {id, ..., _links}}.
 * Either the links are stored on the entity itself ({@code backKey} null: a lead's {@code contacts} and
 * {@code companies}, a contact's {@code companies}), or they are the entities of {@code target} whose own
 * {@code _embedded.<backKey>} names this one (a contact's {@code leads}, a company's {@code contacts} and
 * {@code leads}). Shown always ({@code with} null) or only when the request's {@code with} names {@code with}.
 *
 * @param key     the key under {@code _embedded}
 * @param target  the entity name of the linked items
 * @param backKey for back-links, the key under the target's {@code _embedded} that links to this entity
 * @param with    the {@code with} value that asks for the list, or null when it is always shown
 */
public record EmbeddedLink(String key, String target, String backKey, String with) {

    static EmbeddedLink stored(String key, String with) {
        return new EmbeddedLink(key, key, null, with);
    }

    static EmbeddedLink back(String key, String backKey) {
        return new EmbeddedLink(key, key, backKey, key);
    }

    /** The entity type of the linked items. */
    public EntityType targetType() {
        return EntityType.of(target);
    }

    /** Whether the links are found on the linked entities rather than on this one. */
    public boolean isBackLink() {
        return backKey != null;
    }
}
