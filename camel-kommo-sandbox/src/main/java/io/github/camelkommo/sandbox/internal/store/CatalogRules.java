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

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Catalogs: {@code name} required, {@code type} one of {@code regular}, {@code invoices}, {@code products} (amoCRM
 * catalogs reference) and fixed once made; the flags {@code can_add_elements}, {@code can_link_multiple},
 * {@code can_show_in_cards}. A new catalog sorts after the others. At most 10 catalogs, and at most one of type
 * {@code invoices} and one of type {@code products} ("не более 10 списков", "не более 1 списка счетов и 1 списка
 * товаров").
 */
final class CatalogRules implements EntityRules {

    private static final Set<String> TYPES = Set.of("regular", "invoices", "products");
    private static final int MAX_CATALOGS = 10;

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode catalog = Json.object();
        catalog.put("id", id);
        catalog.put("name", "");
        catalog.put("created_by", user);
        catalog.put("updated_by", user);
        catalog.put("created_at", now);
        catalog.put("updated_at", now);
        catalog.put("sort", (store.count(EntityType.CATALOGS) + 1) * 10);
        catalog.put("type", "regular");
        catalog.put("can_add_elements", true);
        catalog.put("can_show_in_cards", false);
        catalog.put("can_link_multiple", true);
        catalog.put("can_be_deleted", true);
        catalog.putNull("sdk_widget_code");
        catalog.put("account_id", store.accountId());
        return catalog;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (existing == null && store.countWithBatch(EntityType.CATALOGS) >= MAX_CATALOGS) {
            violations.tooMany("id", MAX_CATALOGS);
        }
        if (!item.has("type")) {
            return;
        }
        String type = item.get("type").asText();
        boolean single = !"regular".equals(type) && existing == null && store.all(EntityType.CATALOGS).stream()
                .anyMatch(c -> c.get("type").asText().equals(type));
        if (!TYPES.contains(type) || single || existing != null && !existing.get("type").asText().equals(type)) {
            violations.notSupportedChoice("type");
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (previous == null && "products".equals(target.get("type").asText())) {
            target.put("can_be_deleted", false); // as the amoCRM list example shows the products catalog
        }
    }
}
