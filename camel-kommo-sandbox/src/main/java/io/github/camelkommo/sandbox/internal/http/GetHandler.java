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
package io.github.camelkommo.sandbox.internal.http;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.LinkIndex;

/**
 * {@code GET /api/v4/<entity>/{id}}: the entity (with the linked entities its {@code with} asks for), or 204 with no
 * body when there is none (as Kommo answers). A note is also read under its entity,
 * {@code GET /api/v4/leads/{entity_id}/notes/{id}} (204 when the note is another entity's).
 */
final class GetHandler implements Router.RouteHandler {

    private final EntityStore store;
    private final EntityType type;

    GetHandler(EntityStore store, EntityType type) {
        this.store = store;
        this.type = type;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        Optional<ObjectNode> entity = store.find(type, ids[ids.length - 1])
                .filter(found -> ids.length == 1 || found.get("entity_id").asLong() == ids[0]);
        if (entity.isEmpty()) {
            return ApiResponse.noContent();
        }
        Set<String> with = ListParams.with(request.query());
        return ApiResponse.hal(Json.write(g -> Renderer.entity(g, type, entity.get(), with, request.baseUrl(),
                new LinkIndex(store))));
    }
}
