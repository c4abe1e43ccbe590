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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityStore.CallPlacement;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code POST /api/v4/calls} (amoCRM calls-api): at most 250 calls; a malformed one refuses the batch (400
 * {@code validation-errors}, nothing logged); each well-formed call is answered in input order, under
 * {@code _embedded.calls[] {id, entity_id, entity_type, account_id, request_id, _embedded.entity}} when placed, else
 * under {@code errors[] {request_id, status: 404, title, detail}} (the page says such a call "will not be added" and
 * shows no error's shape: this one is the sandbox's). {@code _total_items} counts the placed calls.
 */
final class CallsHandler implements Router.RouteHandler {

    private final EntityStore store;

    CallsHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<Optional<CallPlacement>> placed = store.logCalls(batch.items(), batch.requestIds());
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        ArrayNode errors = Json.array();
        ArrayNode calls = Json.array();
        for (int i = 0; i < placed.size(); i++) {
            String requestId = batch.requestIds().get(i);
            if (placed.get(i).isEmpty()) {
                errors.addObject().put("request_id", requestId).put("status", 404).put("title", "Not Found")
                        .put("detail", "No contact or company has the phone "
                                       + batch.items().get(i).get("phone").asText() + "; the call was not added");
                continue;
            }
            CallPlacement call = placed.get(i).get();
            ObjectNode out = calls.addObject().put("id", call.note().get("id").asLong())
                    .put("entity_id", call.entityId()).put("entity_type", call.type().singular())
                    .put("account_id", store.accountId()).put("request_id", requestId);
            ObjectNode entity = out.putObject("_embedded").putObject("entity").put("id", call.entityId());
            entity.set("_links", Json.selfLink(Renderer.entityHref(base, call.type(), call.entityId())));
        }
        body.put("_total_items", calls.size());
        body.set("errors", errors);
        body.putObject("_embedded").set("calls", calls);
        return ApiResponse.hal(body);
    }
}
