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
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code POST /api/v4/customers/{customer_id}/transactions}: adds purchases to a customer, all or none (amoCRM
 * customers-api: "price" required, at most 250 per request as every batch), and moves the customer's purchase figures:
 * {@code purchases_count}, {@code ltv} (the sum of its prices), {@code average_check} (their mean, rounded down) and,
 * when a transaction names them, {@code next_price} and {@code next_date}. Answered with
 * {@code _embedded.transactions[] {id, customer_id, request_id, _links}}. Also renders a transaction as the
 * reference shows it: {@code _links.self} under its customer, {@code _embedded.customer} and the catalog elements
 * bought.
 */
final class TransactionsHandler {

    private final EntityStore store;

    TransactionsHandler(EntityStore store) {
        this.store = store;
    }

    ApiResponse add(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        long customerId = ids[0];
        if (store.find(EntityType.CUSTOMERS, customerId).isEmpty()) {
            return Problems.notFound(request.method(), request.baseUrl() + request.path());
        }
        batch.items().forEach(item -> item.put("customer_id", customerId));
        List<ObjectNode> created = store.createAll(EntityType.TRANSACTIONS, batch.items(), batch.requestIds());
        ObjectNode figures = figures(customerId);
        for (ObjectNode item : batch.items()) {
            for (String next : List.of("next_price", "next_date")) {
                if (item.hasNonNull(next)) {
                    figures.set(next, item.get(next));
                }
            }
        }
        store.overwrite(EntityType.CUSTOMERS, customerId, figures);
        String base = request.baseUrl();
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(Renderer.collectionHref(base, EntityType.TRANSACTIONS)));
        ArrayNode items = body.putObject("_embedded").putArray("transactions");
        for (int i = 0; i < created.size(); i++) {
            items.addObject().put("id", created.get(i).get("id").asLong()).put("customer_id", customerId)
                    .put("request_id", batch.requestIds().get(i))
                    .set("_links", Json.selfLink(href(base, created.get(i))));
        }
        return ApiResponse.hal(body);
    }

    /** The purchase figures of a customer from its transactions. */
    private ObjectNode figures(long customerId) {
        List<Long> prices = new ArrayList<>();
        store.all(EntityType.TRANSACTIONS).stream().filter(t -> t.get("customer_id").asLong() == customerId)
                .forEach(t -> prices.add(t.get("price").asLong()));
        long ltv = prices.stream().mapToLong(Long::longValue).sum();
        return Json.object().put("purchases_count", prices.size()).put("ltv", ltv)
                .put("average_check", prices.isEmpty() ? 0 : ltv / prices.size())
                .put("updated_at", store.clock().nowSeconds());
    }

    /** A transaction as answered: its fields, {@code _links}, {@code _embedded.customer} and catalog elements. */
    static ObjectNode render(String base, ObjectNode stored) {
        ObjectNode out = ScopedHandler.plain(stored, href(base, stored));
        long customer = stored.get("customer_id").asLong();
        ObjectNode embedded = out.putObject("_embedded");
        embedded.putObject("customer").put("id", customer)
                .set("_links", Json.selfLink(Renderer.entityHref(base, EntityType.CUSTOMERS, customer)));
        JsonNode elements = stored.path("_embedded").get("catalog_elements");
        if (elements != null) {
            embedded.set("catalog_elements", elements);
        }
        return out;
    }

    /** {@code .../customers/{customer_id}/transactions/{id}}, as the reference's examples link a transaction. */
    private static String href(String base, ObjectNode transaction) {
        return Renderer.entityHref(base, EntityType.CUSTOMERS, transaction.get("customer_id").asLong())
               + "/transactions/" + transaction.get("id").asLong();
    }
}
