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

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The tags of one entity type (each type has its own directory, as in Kommo). Names match case-insensitively. */
final class TagDirectory {

    private final Map<Long, ObjectNode> byId = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> byName = new ConcurrentHashMap<>();

    Optional<ObjectNode> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tag of this name, created with a new id (and no color) when it does not exist yet. */
    ObjectNode findOrCreate(String name, LongSupplier ids) {
        return findOrCreate(name, null, ids);
    }

    /** The tag of this name, created with a new id and {@code color} (null: none) when it does not exist yet. */
    ObjectNode findOrCreate(String name, String color, LongSupplier ids) {
        return byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
            ObjectNode tag = Json.object();
            tag.put("id", ids.getAsLong());
            tag.put("name", name);
            tag.put("color", color);
            byId.put(tag.get("id").asLong(), tag);
            return tag;
        });
    }

    /** Every tag, by id. */
    List<ObjectNode> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(t -> t.get("id").asLong())).toList();
    }

    void clear() {
        byId.clear();
        byName.clear();
    }
}
