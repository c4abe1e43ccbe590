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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.UpdateAnswer;

/**
 * {@code PATCH /api/v4/<entity>} (an array of 1..250 items, each with {@code id}; all applied or none), answering
 * {@code {_links, _embedded: {<entity>: [item]}}}; and {@code PATCH /api/v4/<entity>/{id}} (an object), answering
 * the bare item or that envelope. The item's keys and the single form are the entity's {@link UpdateAnswer}. An
 * unknown id is a validation error on {@code id}.
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
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < updated.size(); i++) {
            items.add(item(request.baseUrl(), updated.get(i), batch.items().get(i), batch.requestIds().get(i)));
        }
        return ApiResponse.hal(envelope(request.baseUrl(), items));
    }

    ApiResponse single(ApiRequest request, long[] ids) {
        ObjectNode sent = WriteBody.object(request).deepCopy();
        sent.put("id", ids[ids.length - 1]);
        String requestId = sent.path("request_id").isTextual() ? sent.get("request_id").asText() : "0";
        ObjectNode entity = store.updateAll(type, List.of(sent), List.of(requestId)).get(0);
        ObjectNode item = item(request.baseUrl(), entity, sent, requestId);
        return ApiResponse.hal(type.updateAnswer().wrappedSingle() ? envelope(request.baseUrl(), List.of(item)) : item);
    }

    private ObjectNode envelope(String base, List<ObjectNode> items) {
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(Renderer.collectionHref(base, type)));
        items.forEach(body.putObject("_embedded").putArray(type.embeddedKey())::add);
        return body;
    }

    private ObjectNode item(String base, ObjectNode entity, ObjectNode sent, String requestId) {
        UpdateAnswer answer = type.updateAnswer();
        long id = entity.get("id").asLong();
        ObjectNode item = Json.object().put("id", id);
        if (answer.entityId()) {
            item.set("entity_id", entity.get("entity_id"));
        }
        if (answer.name()) {
            item.set("name", entity.get("name"));
        }
        item.put("updated_at", entity.get("updated_at").asLong());
        if (answer.indexAsRequestId() || sent.has("request_id")) {
            item.put("request_id", requestId);
        }
        item.set("_links", Json.selfLink(Renderer.selfHref(base, type, entity)));
        return item;
    }
}
