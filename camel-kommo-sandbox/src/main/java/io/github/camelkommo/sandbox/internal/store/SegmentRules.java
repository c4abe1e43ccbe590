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

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Customer segments: {@code name}, {@code color} (six hex digits without {@code #}, as every example of the amoCRM
 * segments reference writes it) and custom fields of the segments; {@code customers_count} is worked out when read.
 */
final class SegmentRules implements EntityRules {

    private static final Pattern COLOR = Pattern.compile("[0-9a-fA-F]{6}");

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
        if (item.hasNonNull("color") && !COLOR.matcher(item.get("color").asText()).matches()) {
            violations.notSupportedChoice("color");
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
