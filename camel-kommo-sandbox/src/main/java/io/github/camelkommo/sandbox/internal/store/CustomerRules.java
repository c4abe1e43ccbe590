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
 * Customers: the fields of the amoCRM customers reference (purchase figures {@code ltv}, {@code purchases_count},
 * {@code average_check} start at 0 and follow the transactions), responsible user, status (an existing customer
 * status; the first one by default), custom fields, tags and segments ({@code _embedded.segments[].id}, existing).
 */
final class CustomerRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode customer = Json.object();
        customer.put("id", id);
        customer.put("name", "");
        customer.put("next_price", 0);
        customer.put("next_date", now);
        customer.put("responsible_user_id", user);
        customer.put("status_id", store.all(EntityType.CUSTOMER_STATUSES).stream().findFirst()
                .map(s -> s.get("id").asLong()).orElse(0L));
        customer.put("periodicity", 0);
        EntityRules.stampAuthorship(customer, user, now);
        customer.putNull("closest_task_at");
        customer.put("is_deleted", false);
        customer.putNull("custom_fields_values");
        customer.put("ltv", 0);
        customer.put("purchases_count", 0);
        customer.put("average_check", 0);
        customer.put("account_id", store.accountId());
        ObjectNode embedded = customer.putObject("_embedded");
        embedded.putArray("segments");
        embedded.putArray("tags");
        embedded.putArray("contacts");
        embedded.putArray("companies");
        return customer;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (item.hasNonNull("status_id")
            && store.find(EntityType.CUSTOMER_STATUSES, item.get("status_id").asLong()).isEmpty()) {
            violations.notSupportedChoice("status_id");
        }
        References.checkCard(item, EntityType.CUSTOMERS, store, violations);
        JsonNode segments = item.path("_embedded").get("segments");
        if (segments == null) {
            return;
        }
        if (!segments.isArray()) {
            violations.invalidType("_embedded.segments", JsonKind.ARRAY);
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            JsonNode id = segments.get(i).get("id");
            String path = "_embedded.segments[" + i + "].id";
            if (id == null || id.isNull()) {
                violations.notBlank(path);
            } else if (!JsonKind.INT.matches(id)) {
                violations.invalidType(path, JsonKind.INT);
            } else if (store.find(EntityType.SEGMENTS, id.asLong()).isEmpty()) {
                violations.notSupportedChoice(path);
            }
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        References.applyCard(item, target, EntityType.CUSTOMERS, store);
        JsonNode segments = item.path("_embedded").get("segments");
        if (segments != null) {
            ArrayNode stored = Json.array();
            segments.forEach(s -> stored.addObject().put("id", s.get("id").asLong()));
            ((ObjectNode) target.get("_embedded")).set("segments", stored);
        }
    }
}
