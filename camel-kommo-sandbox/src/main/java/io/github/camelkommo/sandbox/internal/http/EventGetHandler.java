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

import java.util.Set;

import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.LinkIndex;

/** {@code GET /api/v4/events/{id}}: one event by its string id (amoCRM events reference), or 204 when none. */
final class EventGetHandler implements Router.RouteHandler {

    private final EntityStore store;

    EventGetHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        String id = request.path().substring(request.path().lastIndexOf('/') + 1);
        return store.event(id).map(event -> ApiResponse.hal(Json.write(g -> Renderer.entity(g, EntityType.EVENTS,
                event, Set.of(), request.baseUrl(), new LinkIndex(store))))).orElseGet(ApiResponse::noContent);
    }
}
