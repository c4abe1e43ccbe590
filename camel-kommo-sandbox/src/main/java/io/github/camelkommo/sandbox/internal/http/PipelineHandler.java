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
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * Pipelines and their statuses: {@code GET /leads/pipelines} (all of them with {@code _total_items}, no paging),
 * {@code /leads/pipelines/{id}}, {@code /leads/pipelines/{id}/statuses} (with {@code _total_items} and, as in the
 * amoCRM example, no top-level {@code _links}) and {@code .../statuses/{id}}; the stage answers take
 * {@code with=descriptions}. Unknown ids answer 204.
 */
final class PipelineHandler {

    private final EntityStore store;

    PipelineHandler(EntityStore store) {
        this.store = store;
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        List<ObjectNode> pipelines = List.copyOf(store.all(EntityType.PIPELINES));
        if (pipelines.isEmpty()) {
            return ApiResponse.noContent();
        }
        String base = request.baseUrl();
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("_total_items", pipelines.size());
            Json.writeSelfLink(g, Renderer.collectionHref(base, EntityType.PIPELINES));
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart("pipelines");
            for (ObjectNode pipeline : pipelines) {
                Renderer.entity(g, EntityType.PIPELINES, pipeline, Set.of(), base, null);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    ApiResponse get(ApiRequest request, long[] ids) {
        Optional<ObjectNode> pipeline = store.pipeline(ids[0]);
        if (pipeline.isEmpty()) {
            return ApiResponse.noContent();
        }
        return ApiResponse.hal(Json.write(
                g -> Renderer.entity(g, EntityType.PIPELINES, pipeline.get(), Set.of(), request.baseUrl(), null)));
    }

    ApiResponse statuses(ApiRequest request, long[] ids) {
        List<ObjectNode> statuses = store.statuses(ids[0]);
        if (statuses.isEmpty()) {
            return ApiResponse.noContent();
        }
        String base = request.baseUrl();
        Set<String> with = ListParams.with(request.query());
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("_total_items", statuses.size());
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart("statuses");
            for (ObjectNode status : statuses) {
                Renderer.status(g, status, with, base);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    ApiResponse status(ApiRequest request, long[] ids) {
        Optional<ObjectNode> status = store.status(ids[0], ids[1]);
        if (status.isEmpty()) {
            return ApiResponse.noContent();
        }
        return ApiResponse.hal(Json.write(g -> Renderer.status(g, status.get(), ListParams.with(request.query()),
                request.baseUrl())));
    }
}
