package io.github.camelkommo.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.EntityStore;
import io.github.camelkommo.sandbox.store.EntityType;
import io.github.camelkommo.sandbox.store.Json;

/**
 * {@code PATCH /api/v4/<entity>} (an array of 1..250 items, each with {@code id}; all applied or none), answering
 * {@code _embedded.<entity>[] {id, updated_at, request_id, _links}}; and {@code PATCH /api/v4/<entity>/{id}} (an
 * object), answering {@code {id, updated_at, _links}}. An unknown id is a validation error on {@code id}.
 */
final class UpdateHandler {

    private final EntityStore store;
    private final EntityType type;

    UpdateHandler(EntityStore store, EntityType type) {
        this.store = store;
        this.type = type;
    }

    ApiResponse batch(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<ObjectNode> updated = store.updateAll(type, batch.items(), batch.requestIds());
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(Renderer.collectionHref(base, type)));
        ArrayNode items = body.putObject("_embedded").putArray(type.embeddedKey());
        for (int i = 0; i < updated.size(); i++) {
            ObjectNode entity = updated.get(i);
            long id = entity.get("id").asLong();
            items.addObject()
                    .put("id", id)
                    .put("updated_at", entity.get("updated_at").asLong())
                    .put("request_id", batch.requestIds().get(i))
                    .set("_links", Json.selfLink(Renderer.entityHref(base, type, id)));
        }
        return ApiResponse.hal(body);
    }

    ApiResponse single(ApiRequest request, long[] ids) {
        ObjectNode item = WriteBody.object(request).deepCopy();
        item.put("id", ids[0]);
        ObjectNode entity = store.updateAll(type, List.of(item), List.of("0")).get(0);
        ObjectNode body = Json.object();
        body.put("id", ids[0]);
        body.put("updated_at", entity.get("updated_at").asLong());
        body.set("_links", Json.selfLink(Renderer.entityHref(request.baseUrl(), type, ids[0])));
        return ApiResponse.hal(body);
    }
}
