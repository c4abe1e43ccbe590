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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * Writes answered with the whole written entity, as the amoCRM references show them for catalogs, catalog elements,
 * customer statuses and segments: a batch is {@code _links} and {@code _embedded.<key>[]}, a single write the bare
 * entity (sources' batches also {@code _total_items}). Each item carries {@code request_id} as the examples do: the one sent, else on create its index and on
 * update the id (a string for catalogs, a number for elements); segments carry none. Catalog elements take their
 * catalog from the path ({@code catalog_id}).
 */
final class FullWriteHandler {

    private final EntityStore store;
    private final EntityType type;
    private final int maxBatch;

    FullWriteHandler(EntityStore store, EntityType type) {
        this(store, type, CreateHandler.BATCH_LIMIT);
    }

    /** @param maxBatch the most items of one batch (sources: 50) */
    FullWriteHandler(EntityStore store, EntityType type, int maxBatch) {
        this.store = store;
        this.type = type;
        this.maxBatch = maxBatch;
    }

    ApiResponse createBatch(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, maxBatch);
        scope(batch.items(), ids);
        List<ObjectNode> created = store.createAll(type, batch.items(), batch.requestIds());
        return envelope(request, ids, created, batch.requestIds().stream().map(id -> (JsonNode) TextNode.valueOf(id))
                .toList());
    }

    ApiResponse createOne(ApiRequest request, long[] ids) {
        ObjectNode item = WriteBody.object(request).deepCopy();
        scope(List.of(item), ids);
        ObjectNode created = store.createAll(type, List.of(item), List.of("0")).get(0);
        return ApiResponse.hal(full(request.baseUrl(), created, requestId(item, "0", created, false)));
    }

    ApiResponse updateBatch(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, maxBatch);
        scope(batch.items(), ids);
        List<ObjectNode> updated = store.updateAll(type, batch.items(), batch.requestIds());
        List<JsonNode> requestIds = new ArrayList<>();
        for (int i = 0; i < updated.size(); i++) {
            requestIds.add(requestId(batch.items().get(i), batch.requestIds().get(i), updated.get(i), true));
        }
        return envelope(request, ids, updated, requestIds);
    }

    ApiResponse updateOne(ApiRequest request, long[] ids) {
        ObjectNode item = WriteBody.object(request).deepCopy();
        item.put("id", ids[ids.length - 1]);
        scope(List.of(item), ids);
        ObjectNode updated = store.updateAll(type, List.of(item), List.of("0")).get(0);
        return ApiResponse.hal(full(request.baseUrl(), updated, requestId(item, "0", updated, true)));
    }

    /** The catalog of the path for every element written under it. */
    private void scope(List<ObjectNode> items, long[] ids) {
        if (type == EntityType.CATALOG_ELEMENTS) {
            items.forEach(item -> item.put("catalog_id", ids[0]));
        }
    }

    private JsonNode requestId(ObjectNode sent, String fallback, ObjectNode entity, boolean update) {
        if (type == EntityType.SEGMENTS) {
            return null;
        }
        if (sent.path("request_id").isTextual()) {
            return sent.get("request_id");
        }
        if (update && type == EntityType.CATALOGS) {
            return TextNode.valueOf(entity.get("id").asText());
        }
        if (update && type == EntityType.CATALOG_ELEMENTS) {
            return entity.get("id");
        }
        return TextNode.valueOf(fallback);
    }

    private ApiResponse envelope(ApiRequest request, long[] ids, List<ObjectNode> written, List<JsonNode> requestIds) {
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        if (type == EntityType.SOURCES) {
            body.put("_total_items", written.size()); // as the sources page's answers show
        }
        body.set("_links", Json.selfLink(type == EntityType.CATALOG_ELEMENTS ? elementsHref(base, ids[0])
                                                                             : Renderer.collectionHref(base, type)));
        ArrayNode items = body.putObject("_embedded").putArray(type.embeddedKey());
        for (int i = 0; i < written.size(); i++) {
            items.add(full(base, written.get(i), requestIds.get(i)));
        }
        return ApiResponse.hal(body);
    }

    private ObjectNode full(String base, ObjectNode entity, JsonNode requestId) {
        ObjectNode out = entity.deepCopy();
        if (requestId != null) {
            out.set("request_id", requestId);
        }
        out.set("_links", Json.selfLink(href(base, type, entity)));
        return out;
    }

    /** {@code .../catalogs/{catalog_id}/elements}. */
    static String elementsHref(String base, long catalogId) {
        return Renderer.entityHref(base, EntityType.CATALOGS, catalogId) + "/elements";
    }

    /** The {@code _links.self} of an entity of these routes (an element's is under its catalog). */
    static String href(String base, EntityType type, ObjectNode entity) {
        return type == EntityType.CATALOG_ELEMENTS
                                                   ? elementsHref(base, entity.get("catalog_id").asLong()) + "/"
                                                     + entity.get("id").asLong()
                                                   : Renderer.entityHref(base, type, entity.get("id").asLong());
    }
}
