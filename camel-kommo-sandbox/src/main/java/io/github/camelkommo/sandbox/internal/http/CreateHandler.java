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

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code POST /api/v4/<entity>} with an array of 1..250 items, all stored or none. Answers
 * {@code {"_links":{"self"},"_embedded":{"<entity>":[{"id","request_id","_links"}]}}}; notes answer
 * {@code {"id","entity_id","request_id","_links"}} (amoCRM notes example) and are also added under their entity,
 * {@code POST /api/v4/leads/{id}/notes}, whose items may leave out {@code entity_id}.
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
        if (ids.length == 1) {
            batch.items().stream().filter(item -> !item.has("entity_id"))
                    .forEach(item -> item.put("entity_id", ids[0]));
        }
        List<ObjectNode> created = store.createAll(type, batch.items(), batch.requestIds());
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(Renderer.collectionHref(base, type)));
        ArrayNode items = body.putObject("_embedded").putArray(type.embeddedKey());
        for (int i = 0; i < created.size(); i++) {
            ObjectNode item = items.addObject().put("id", created.get(i).get("id").asLong());
            if (type.parent() != null) {
                item.set("entity_id", created.get(i).get("entity_id"));
            }
            item.put("request_id", batch.requestIds().get(i))
                    .set("_links", Json.selfLink(Renderer.selfHref(base, type, created.get(i))));
        }
        return ApiResponse.hal(body);
    }
}
