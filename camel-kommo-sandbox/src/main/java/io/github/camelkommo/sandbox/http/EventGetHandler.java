package io.github.camelkommo.sandbox.http;

import java.util.Set;

import io.github.camelkommo.sandbox.store.EntityStore;
import io.github.camelkommo.sandbox.store.EntityType;
import io.github.camelkommo.sandbox.store.Json;
import io.github.camelkommo.sandbox.store.LinkIndex;

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
