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
import io.github.camelkommo.sandbox.internal.store.ComplexResult;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code POST /api/v4/leads/complex}: at most 50 leads, each with at most one embedded contact and one company.
 * Answers a plain JSON array {@code [{id, contact_id, company_id, request_id:[...], merged}]}; the sandbox has no
 * duplicate control, so {@code merged} is always false.
 */
final class ComplexLeadsHandler implements Router.RouteHandler {

    static final int BATCH_LIMIT = 50;

    private final EntityStore store;

    ComplexLeadsHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, BATCH_LIMIT);
        List<ComplexResult> results = store.createComplex(batch.items(), batch.requestIds());
        ArrayNode body = Json.array();
        for (ComplexResult result : results) {
            ObjectNode item = body.addObject();
            item.put("id", result.leadId());
            if (result.contactId() == null) {
                item.putNull("contact_id");
            } else {
                item.put("contact_id", result.contactId());
            }
            if (result.companyId() == null) {
                item.putNull("company_id");
            } else {
                item.put("company_id", result.companyId());
            }
            item.putArray("request_id").add(result.requestId());
            item.put("merged", false);
        }
        return ApiResponse.json(200, body);
    }
}
