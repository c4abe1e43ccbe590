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
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * One page of an in-memory list (custom fields, their groups, tags, loss reasons): {@code page} and {@code limit}
 * (1..250, default 50; else 400), the envelope {@code _total_items}, {@code _page}, {@code _page_count} (with
 * totals, and a {@code last} link) or just {@code _page}, {@code _links} ({@link PageLinks}) and
 * {@code _embedded.<key>}; nothing on the page
 * is 204.
 */
final class SimpleList {

    private static final int MAX_LIMIT = 250;

    private SimpleList() {
    }

    static ApiResponse answer(ApiRequest request, String href, String key, List<ObjectNode> all, boolean totals,
                              Function<ObjectNode, ObjectNode> render) {
        int page = ListParams.page(request.query());
        int limit = ListParams.limit(request.query(), MAX_LIMIT);
        List<ObjectNode> items = PageLinks.cut(all, page, limit);
        if (items.isEmpty()) {
            return ApiResponse.noContent();
        }
        boolean more = (long) page * limit < all.size();
        int pages = (all.size() + limit - 1) / limit;
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            if (totals) {
                g.writeNumberField("_total_items", all.size());
            }
            g.writeNumberField("_page", page);
            if (totals) {
                g.writeNumberField("_page_count", pages);
            }
            PageLinks.write(g, request, href, page, limit, more, totals ? pages : 0);
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart(key);
            for (ObjectNode item : items) {
                Json.writeNode(g, render.apply(item));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }));
    }
}
