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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The back-links of one answer ({@link EmbeddedLink#isBackLink()}): which entities link to a given one, e.g. the
 * leads whose {@code _embedded.contacts} name a contact. Each kind of back-link is indexed with one scan of the
 * linking table the first time it is asked for, so a page of 250 contacts with {@code with=leads} reads the leads
 * once.
 */
public final class LinkIndex {

    private final EntityStore store;
    private final Map<EmbeddedLink, Map<Long, List<Long>>> indexes = new HashMap<>();

    public LinkIndex(EntityStore store) {
        this.store = store;
    }

    /** The store this index reads (for the parts of an answer that look something up). */
    public EntityStore store() {
        return store;
    }

    /** The ids (ascending) of the {@code link.target} entities whose {@code _embedded.<backKey>} names {@code id}. */
    public List<Long> linking(EmbeddedLink link, long id) {
        return indexes.computeIfAbsent(link, this::index).getOrDefault(id, List.of());
    }

    private Map<Long, List<Long>> index(EmbeddedLink link) {
        Map<Long, List<Long>> byTarget = new HashMap<>();
        for (ObjectNode source : store.all(link.targetType())) {
            for (JsonNode ref : source.path("_embedded").path(link.backKey())) {
                long linked = ref.path("id").asLong();
                byTarget.computeIfAbsent(linked, k -> new ArrayList<>()).add(source.get("id").asLong());
            }
        }
        return byTarget;
    }
}
