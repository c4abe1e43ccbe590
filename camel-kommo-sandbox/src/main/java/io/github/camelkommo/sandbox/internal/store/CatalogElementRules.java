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

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Catalog elements: {@code name} required, the custom fields of catalog elements (one set for every catalog of the
 * sandbox: SKU, price, group) and the catalog they belong to ({@code catalog_id}, set from the path, existing).
 */
final class CatalogElementRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode element = Json.object();
        element.put("id", id);
        element.put("name", "");
        EntityRules.stampAuthorship(element, user, now);
        element.put("is_deleted", false);
        element.putNull("custom_fields_values");
        element.put("catalog_id", 0);
        element.put("account_id", store.accountId());
        return element;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (existing == null && (!item.hasNonNull("catalog_id")
                                 || store.find(EntityType.CATALOGS, item.get("catalog_id").asLong()).isEmpty())) {
            violations.notSupportedChoice("catalog_id");
        }
        if (existing != null && item.has("catalog_id")
            && item.get("catalog_id").asLong() != existing.get("catalog_id").asLong()) {
            violations.notSupportedChoice("id");
        }
        store.customFields().check(EntityType.CATALOG_ELEMENTS, item.get("custom_fields_values"), violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.hasNonNull("custom_fields_values")) {
            target.set("custom_fields_values", store.customFields().merge(EntityType.CATALOG_ELEMENTS,
                    target.get("custom_fields_values"), item.get("custom_fields_values")));
        }
    }
}
