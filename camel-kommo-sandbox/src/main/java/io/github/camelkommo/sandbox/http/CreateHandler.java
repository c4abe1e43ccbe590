package io.github.camelkommo.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.EntityStore;
import io.github.camelkommo.sandbox.store.EntityType;
import io.github.camelkommo.sandbox.store.Json;

/**
 * {@code POST /api/v4/<entity>} with an array of 1..250 items, all stored or none. Answers
 * {@code {"_links":{"self"},"_embedded":{"<entity>":[{"id","request_id","_links"}]}}}.
 */
final class CreateHandler implements Router.RouteHandler {

    static final int BATCH_LIMIT = 250;

    private final EntityStore store;
    private final EntityType type;

    CreateHandler(EntityStore store, EntityType type) {
        this.store = store;
        this.type = type;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, BATCH_LIMIT);
        List<ObjectNode> created = store.createAll(type, batch.items(), batch.requestIds());
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(Renderer.collectionHref(base, type)));
        ArrayNode items = body.putObject("_embedded").putArray(type.embeddedKey());
        for (int i = 0; i < created.size(); i++) {
            long id = created.get(i).get("id").asLong();
            items.addObject()
                    .put("id", id)
                    .put("request_id", batch.requestIds().get(i))
                    .set("_links", Json.selfLink(Renderer.entityHref(base, type, id)));
        }
        return ApiResponse.hal(body);
    }
}
