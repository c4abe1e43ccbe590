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
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code DELETE /api/v4/sources}: deletes the sources named by {@code [{id}]}, at most 50, all or none; 204 with no
 * body. An id that names no source refuses the request with the answer the amoCRM sources page prints:
 * {@code errors[] {request_id, errors {code: EntityNotFound, path: id, detail}}} in a 400 problem.
 */
final class SourcesDeleteHandler implements Router.RouteHandler {

    static final int BATCH_LIMIT = 50;

    private final EntityStore store;

    SourcesDeleteHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, BATCH_LIMIT);
        List<Long> found = new ArrayList<>();
        ArrayNode errors = Json.array();
        for (int i = 0; i < batch.items().size(); i++) {
            JsonNode id = batch.items().get(i).get("id");
            if (id != null && id.isIntegralNumber() && store.find(EntityType.SOURCES, id.asLong()).isPresent()) {
                found.add(id.asLong());
            } else {
                errors.addObject().put("request_id", batch.requestIds().get(i)).putObject("errors")
                        .put("code", "EntityNotFound").put("path", "id")
                        .put("detail", "source with id = " + (id == null ? "null" : id.asText()) + " not found");
            }
        }
        if (!errors.isEmpty()) {
            ObjectNode body = Json.object();
            body.set("errors", errors);
            body.put("title", "Bad Request").put("type", "https://httpstatus.es/400").put("status", 400)
                    .put("detail", "Invalid request items");
            return new ApiResponse(400, ApiResponse.PROBLEM_JSON, Json.bytes(body), Map.of(), false);
        }
        found.forEach(id -> store.delete(EntityType.SOURCES, id));
        return ApiResponse.noContent();
    }
}
