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
 * Customer segments: {@code name}, {@code color} (one of the page's "Доступные цвета сегментов", written without
 * {@code #}), custom fields of the segments; at most 100 segments ("не более 100 сегментов").
 */
final class SegmentRules implements EntityRules {

    /** The segment colors of the amoCRM customers-statuses page. */
    private static final Set<String> COLORS = Set.of("10599d", "2176ff", "006acc", "07a0c3", "247ba0", "177e89",
            "046e8f", "598381", "0c7c59", "495f41", "00a44b", "08605f", "bf2600", "06d6a0", "e14945", "79b473",
            "ae003f", "a2ad59", "cd0f53", "8e936d", "832161", "2e5339", "bf126f", "6f7c12", "ff5376", "dd1c1a",
            "bb304e", "631d76", "9d2b32", "4a001f", "b118c8", "6a0f49", "6610f2", "b38a58", "8963ba", "4b3666",
            "932f6d", "6b2d5c", "6461a0", "4f517d");
    private static final int MAX_SEGMENTS = 100;

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode segment = Json.object();
        segment.put("id", id);
        segment.put("created_at", now);
        segment.put("updated_at", now);
        segment.put("account_id", store.accountId());
        segment.put("name", "");
        segment.put("color", "");
        segment.putArray("available_products_price_types");
        segment.put("customers_count", 0);
        segment.putArray("custom_fields_values");
        return segment;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (item.hasNonNull("color") && !COLORS.contains(item.get("color").asText())) {
            violations.notSupportedChoice("color");
        }
        if (existing == null && store.countWithBatch(EntityType.SEGMENTS) >= MAX_SEGMENTS) {
            violations.tooMany("id", MAX_SEGMENTS);
        }
        store.customFields().check(EntityType.SEGMENTS, item.get("custom_fields_values"), violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.hasNonNull("custom_fields_values")) {
            target.set("custom_fields_values", store.customFields().merge(EntityType.SEGMENTS,
                    target.get("custom_fields_values"), item.get("custom_fields_values")));
        }
    }
}
