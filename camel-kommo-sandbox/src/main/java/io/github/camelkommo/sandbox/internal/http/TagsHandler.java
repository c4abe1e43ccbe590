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
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * An entity type's tag directory (amoCRM tags reference): {@code GET /api/v4/<entity>/tags} with {@code page},
 * {@code limit}, {@code query} (part of the name, ignoring case), {@code filter[name]} (exact, one value) and
 * {@code filter[id]}, answering {@code _page}, {@code _links}, {@code _embedded.tags[] {id, name, color}} (204 when
 * none); {@code POST /api/v4/<entity>/tags} with {@code [{name, color?, request_id?}]}, answering
 * {@code {"_total_items": n, "_embedded": {"tags": [{id, name, color, request_id}]}}} (the example's shape; a name
 * that exists already gives the existing tag).
 */
final class TagsHandler {

    private final EntityStore store;
    private final EntityType owner;

    TagsHandler(EntityStore store, EntityType owner) {
        this.store = store;
        this.owner = owner;
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        QueryParams params = request.query();
        if (params.listValues("filter[name]").size() > 1) {
            throw FilterParams.bad("filter[name] takes one value");
        }
        Predicate<ObjectNode> filter = SimpleFilters.parse(params, "tags", "name");
        SimpleFilters.order(params, "tags");
        String query = params.first("query").map(q -> q.trim().toLowerCase(Locale.ROOT)).orElse("");
        List<ObjectNode> all = store.tagList(owner).stream().filter(filter)
                .filter(t -> t.get("name").asText().toLowerCase(Locale.ROOT).contains(query)).toList();
        return SimpleList.answer(request, Renderer.collectionHref(request.baseUrl(), owner) + "/tags", "tags", all,
                false, tag -> tag);
    }

    ApiResponse add(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<ObjectNode> tags = store.addTags(owner, batch.items(), batch.requestIds());
        ObjectNode body = Json.object().put("_total_items", tags.size());
        ArrayNode items = body.putObject("_embedded").putArray("tags");
        for (int i = 0; i < tags.size(); i++) {
            items.add(tags.get(i).deepCopy().put("request_id", batch.requestIds().get(i)));
        }
        return ApiResponse.hal(body);
    }
}
