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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo account's commerce: the customer statuses a Kommo account starts with (the names of the amoCRM customer
 * statuses list example), two segments, custom fields of customers, segments and catalog elements, and the products
 * catalog ({@code type=products}) with three products carrying a SKU, a price and a group.
 */
final class CommerceSeed {

    private static final long ACCOUNT_ID = DemoSeed.ACCOUNT_ID;

    private CommerceSeed() {
    }

    static void apply(EntityStore store) {
        IdSequences ids = store.ids();
        CustomFieldCatalog fields = store.customFields();
        fields.define(EntityType.CUSTOMERS, ids.nextField(), "Loyalty card", null, "text", List.of(), ids,
                ACCOUNT_ID);
        fields.define(EntityType.SEGMENTS, ids.nextField(), "Segment description", null, "text", List.of(), ids,
                ACCOUNT_ID);
        fields.define(EntityType.SEGMENTS, ids.nextField(), "Channels", null, "multiselect",
                List.of("Shop", "Website", "Phone"), ids, ACCOUNT_ID);
        fields.define(EntityType.CATALOG_ELEMENTS, ids.nextField(), "SKU", "SKU", "text", List.of(), ids, ACCOUNT_ID);
        fields.define(EntityType.CATALOG_ELEMENTS, ids.nextField(), "Price", "PRICE", "price", List.of(), ids,
                ACCOUNT_ID);
        ObjectNode group = fields.define(EntityType.CATALOG_ELEMENTS, ids.nextField(), "Group", "GROUP", "select",
                List.of("Hardware", "Software", "Services"), ids, ACCOUNT_ID);
        ObjectNode products = store.createUnchecked(EntityType.CATALOGS, List.of(Json.object()
                .put("name", "Products").put("type", "products"))).get(0);
        long catalogId = products.get("id").asLong();
        List<ObjectNode> elements = new ArrayList<>();
        elements.add(product(store, catalogId, "Router X1", "RX-1", 250, group, 0));
        elements.add(product(store, catalogId, "Sandbox license", "SL-12", 1200, group, 1));
        elements.add(product(store, catalogId, "Setup service", "SS-1", 300, group, 2));
        store.createUnchecked(EntityType.CATALOG_ELEMENTS, elements);
        status(store, "Recently purchased", 0, 4, "#ccff66");
        status(store, "Expected purchase", 2, 3, "#99ccff");
        status(store, "Did not purchase", 4, 2, "#fd5598");
        status(store, "Closed", 5, 1, "#c1c1c1");
        store.createUnchecked(EntityType.SEGMENTS, List.of(
                Json.object().put("name", "Wholesale").put("color", "6610f2"),
                Json.object().put("name", "Retail").put("color", "ae003f")));
    }

    private static ObjectNode product(EntityStore store, long catalogId, String name, String sku, int price,
                                      ObjectNode group, int groupIndex) {
        List<ObjectNode> definitions = store.customFieldDefinitions(EntityType.CATALOG_ELEMENTS);
        ObjectNode element = Json.object().put("name", name).put("catalog_id", catalogId);
        ArrayNode values = element.putArray("custom_fields_values");
        values.addObject().put("field_id", definitions.get(0).get("id").asLong()).putArray("values").addObject()
                .put("value", sku);
        values.addObject().put("field_id", definitions.get(1).get("id").asLong()).putArray("values").addObject()
                .put("value", price);
        values.addObject().put("field_id", group.get("id").asLong()).putArray("values").addObject()
                .put("enum_id", group.get("enums").get(groupIndex).get("id").asLong());
        return element;
    }

    /** A default status of the account (Kommo's own: {@code is_default} true, a system {@code type}). */
    private static void status(EntityStore store, String name, int sort, int type, String color) {
        ObjectNode status = store.createUnchecked(EntityType.CUSTOMER_STATUSES, List.of(Json.object()
                .put("name", name).put("sort", sort).put("color", color))).get(0);
        store.overwrite(EntityType.CUSTOMER_STATUSES, status.get("id").asLong(),
                Json.object().put("is_default", true).put("type", type));
    }
}
