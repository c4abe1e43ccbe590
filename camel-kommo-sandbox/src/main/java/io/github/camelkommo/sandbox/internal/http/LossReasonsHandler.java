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
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The account's loss reasons (PHP library: Leads/LossReasons, {@code _embedded.loss_reasons}, LossReasonModel
 * {@code id, name, sort, created_at, updated_at}): {@code GET /api/v4/leads/loss_reasons} (paged, {@code filter[id]};
 * {@code _total_items}, {@code _page}, {@code _page_count}, {@code _links}, {@code _embedded.loss_reasons}),
 * {@code GET /api/v4/leads/loss_reasons/{id}} (the bare item; 204 when missing) and
 * {@code POST /api/v4/leads/loss_reasons} with {@code [{name, sort?, request_id?}]}, answering
 * {@code {_links, _embedded: {loss_reasons: [{id, name, sort, created_at, updated_at, request_id, _links}]}}}.
 */
final class LossReasonsHandler {

    private final EntityStore store;

    LossReasonsHandler(EntityStore store) {
        this.store = store;
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        SimpleFilters.order(request.query(), "loss reasons");
        List<ObjectNode> all = store.lossReasons().stream()
                .filter(SimpleFilters.parse(request.query(), "loss reasons")).toList();
        return SimpleList.answer(request, href(request), "loss_reasons", all, true, r -> withSelf(request, r));
    }

    ApiResponse get(ApiRequest request, long[] ids) {
        return store.lossReasons().stream().filter(r -> r.get("id").asLong() == ids[0]).findFirst()
                .map(r -> ApiResponse.hal(withSelf(request, r))).orElseGet(ApiResponse::noContent);
    }

    ApiResponse add(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<ObjectNode> added = store.addLossReasons(batch.items(), batch.requestIds());
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(href(request)));
        ArrayNode items = body.putObject("_embedded").putArray("loss_reasons");
        for (int i = 0; i < added.size(); i++) {
            ObjectNode item = added.get(i).deepCopy().put("request_id", batch.requestIds().get(i));
            items.add(withSelf(request, item));
        }
        return ApiResponse.hal(body);
    }

    private static String href(ApiRequest request) {
        return request.baseUrl() + "/api/v4/leads/loss_reasons";
    }

    private static ObjectNode withSelf(ApiRequest request, ObjectNode reason) {
        ObjectNode copy = reason.deepCopy();
        copy.set("_links", Json.selfLink(href(request) + "/" + reason.get("id").asLong()));
        return copy;
    }
}
