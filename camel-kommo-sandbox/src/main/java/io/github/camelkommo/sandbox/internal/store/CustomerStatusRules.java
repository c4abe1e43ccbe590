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
 * Customer statuses: {@code name}, {@code sort}, {@code color} (one of the page's "Доступные цвета статусов"); new
 * ones are of {@code type} 0, not default (system), without conditions; at most 30 statuses, the system ones
 * included ("не более 30 статусов, включая системные").
 */
final class CustomerStatusRules implements EntityRules {

    /** The status colors of the amoCRM customers-statuses page. */
    private static final Set<String> COLORS = Set.of("#fffeb2", "#fffd7f", "#fff000", "#ffeab2", "#ffdc7f",
            "#ffce5a", "#ffdbdb", "#ffc8c8", "#ff8f92", "#d6eaff", "#c1e0ff", "#98cbff", "#ebffb1", "#deff81",
            "#87f2c0", "#f9deff", "#f3beff", "#ccc8f9", "#eb93ff", "#f2f3f4", "#e6e8ea");
    private static final int MAX_STATUSES = 30;

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode status = Json.object();
        status.put("id", id);
        status.put("name", "");
        status.put("sort", (store.count(EntityType.CUSTOMER_STATUSES) + 1) * 10);
        status.put("is_default", false);
        status.putArray("conditions");
        status.put("color", "#fffeb2");
        status.put("type", 0);
        status.put("account_id", store.accountId());
        return status;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (item.hasNonNull("color") && !COLORS.contains(item.get("color").asText())) {
            violations.notSupportedChoice("color");
        }
        if (existing == null && store.countWithBatch(EntityType.CUSTOMER_STATUSES) >= MAX_STATUSES) {
            violations.tooMany("id", MAX_STATUSES);
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        // name, sort and color are plain copies
    }
}
