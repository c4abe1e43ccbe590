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
package io.github.camelkommo.sandbox.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Transactions: a purchase of a customer ({@code customer_id}, set from the path), its {@code price} (required),
 * {@code comment}, {@code completed_at} (now by default) and the catalog elements bought (each an existing element
 * of the named catalog, {@code quantity} a number).
 */
final class TransactionRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode transaction = Json.object();
        transaction.put("id", id);
        transaction.put("price", 0);
        transaction.putNull("comment");
        transaction.put("completed_at", now);
        transaction.put("customer_id", 0);
        EntityRules.stampAuthorship(transaction, user, now);
        transaction.put("is_deleted", false);
        transaction.put("account_id", store.accountId());
        return transaction;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (!item.hasNonNull("customer_id") || store.find(EntityType.CUSTOMERS,
                item.get("customer_id").asLong()).isEmpty()) {
            violations.notSupportedChoice("customer_id");
        }
        JsonNode elements = item.path("_embedded").get("catalog_elements");
        if (elements == null) {
            return;
        }
        if (!elements.isArray()) {
            violations.invalidType("_embedded.catalog_elements", JsonKind.ARRAY);
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            String path = "_embedded.catalog_elements[" + i + "]";
            JsonNode element = elements.get(i);
            JsonNode catalog = element.path("metadata").get("catalog_id");
            JsonNode quantity = element.path("metadata").get("quantity");
            if (!JsonKind.INT.matches(element.get("id"))) {
                violations.invalidType(path + ".id", JsonKind.INT);
            } else if (catalog == null || !JsonKind.INT.matches(catalog)) {
                violations.notBlank(path + ".metadata.catalog_id");
            } else if (!store.catalogHas(catalog.asLong(), element.get("id").asLong())) {
                violations.notSupportedChoice(path + ".id");
            }
            if (quantity != null && !quantity.isNumber()) {
                violations.invalidType(path + ".metadata.quantity", JsonKind.INT);
            }
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        JsonNode elements = item.path("_embedded").get("catalog_elements");
        if (elements != null) {
            ArrayNode stored = target.putObject("_embedded").putArray("catalog_elements");
            elements.forEach(stored::add);
        }
    }
}
