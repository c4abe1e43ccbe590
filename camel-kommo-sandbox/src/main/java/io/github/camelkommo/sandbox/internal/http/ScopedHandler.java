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
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * Reads and deletes of the entities that live under another one's path: catalog elements
 * ({@code /catalogs/{catalog_id}/elements}, scoped by {@code catalog_id}) and transactions (all at
 * {@code /customers/transactions}, or one customer's at {@code /customers/{customer_id}/transactions}, scoped by
 * {@code customer_id}). Lists page as every list ({@code page}, {@code limit} ≤ 250, 204 when empty) and take
 * {@code filter[id]}; a delete answers 204 with no body (amoCRM customers-api, deleting a transaction), an unknown id
 * 404.
 */
final class ScopedHandler {

    private final EntityStore store;
    private final EntityType type;
    private final String scopeField;
    private final Function<ObjectNode, ObjectNode> render;

    /** @param render the answer's form of a stored entity, {@code _links} included */
    ScopedHandler(EntityStore store, EntityType type, String scopeField, Function<ObjectNode, ObjectNode> render) {
        this.store = store;
        this.type = type;
        this.scopeField = scopeField;
        this.render = render;
    }

    /** The list; {@code ids[0]}, when there is one, is the scope. */
    ApiResponse list(ApiRequest request, long[] ids, String href) {
        Predicate<ObjectNode> filter = SimpleFilters.parse(request.query(), type.apiPath());
        List<ObjectNode> all = store.all(type).stream().filter(inScope(ids, ids.length == 1)).filter(filter)
                .toList();
        return SimpleList.answer(request, href, type.embeddedKey(), all, false, render);
    }

    ApiResponse get(ApiRequest request, long[] ids) {
        return store.find(type, ids[ids.length - 1]).filter(inScope(ids, ids.length == 2))
                .map(found -> ApiResponse.hal(render.apply(found))).orElseGet(ApiResponse::noContent);
    }

    ApiResponse delete(ApiRequest request, long[] ids) {
        long id = ids[ids.length - 1];
        if (store.find(type, id).filter(inScope(ids, ids.length == 2)).isEmpty()) {
            return Problems.notFound(request.method(), request.baseUrl() + request.path());
        }
        store.delete(type, id);
        return ApiResponse.noContent();
    }

    /** Entities of the path's scope ({@code ids[0]}) when {@code scoped}, else all. */
    private Predicate<ObjectNode> inScope(long[] ids, boolean scoped) {
        return scoped ? node -> node.get(scopeField).asLong() == ids[0] : node -> true;
    }

    /** An entity's stored fields and {@code _links.self}. */
    static ObjectNode plain(ObjectNode stored, String href) {
        ObjectNode out = stored.deepCopy();
        out.remove("_embedded");
        out.set("_links", Json.selfLink(href));
        return out;
    }
}
