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
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bulk generation of realistic leads, contacts, companies or tasks for load tests: the stored form is built like a
 * validated write but the checks are skipped. The values are pseudo-random with a fixed seed (derived from the table
 * size), timestamps lie within the year before the sandbox clock's now.
 */
final class Generator {

    private static final long DAY = 86_400;
    private static final String[] FIRST = {"Anna", "Ben", "Chen", "Diego", "Emma", "Farid", "Grace", "Hiro", "Ivan",
            "Julia", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya"};
    private static final String[] LAST = {"Smith", "Garcia", "Kim", "Novak", "Okafor", "Rossi", "Silva", "Tanaka",
            "Weber", "Yilmaz", "Dubois", "Larsen"};
    private static final String[] PRODUCTS = {"CRM licence", "Website redesign", "Support plan", "Hardware order",
            "Consulting", "Training", "Cloud migration", "Mobile app"};
    private static final String[] COMPANY = {"Labs", "Group", "Systems", "Trading", "Partners", "Logistics"};

    private final EntityStore store;
    private final EntityWriter writer;
    private final EntityType type;
    private final SplittableRandom random;
    private final long now;
    private final List<Long> users = new ArrayList<>();

    Generator(EntityStore store, EntityWriter writer, EntityType type) {
        this.store = store;
        this.writer = writer;
        this.type = type;
        this.random = new SplittableRandom(0x5EED_0000L + type.ordinal() * 1_000_003L + store.count(type));
        this.now = store.clock().nowSeconds();
        store.all(EntityType.USERS).forEach(u -> users.add(u.get("id").asLong()));
    }

    List<Long> generate(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        List<ObjectNode> leads = type == EntityType.TASKS ? List.copyOf(store.all(EntityType.LEADS)) : List.of();
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = store.nextId(type);
            ObjectNode item = switch (type) {
                case LEADS -> lead();
                case CONTACTS -> contact();
                case COMPANIES -> company();
                case TASKS -> task(leads);
                default -> throw new IllegalArgumentException("Cannot generate " + type.entityName()
                                                              + "; generate leads, contacts, companies or tasks");
            };
            store.insert(type, writer.build(type, item, null, id));
            ids.add(id);
        }
        return ids;
    }

    private ObjectNode lead() {
        long pipeline = store.mainPipelineId();
        List<ObjectNode> statuses = store.statuses(pipeline);
        ObjectNode status = statuses.get(1 + random.nextInt(statuses.size() - 1));
        ObjectNode lead = stamped(Json.object()
                .put("name", pick(PRODUCTS) + " for " + pick(LAST))
                .put("price", 100L * (1 + random.nextInt(500)))
                .put("pipeline_id", pipeline)
                .put("status_id", status.get("id").asLong())
                .put("responsible_user_id", pick(users)));
        long statusId = status.get("id").asLong();
        if (statusId == LeadRules.WON || statusId == LeadRules.LOST) {
            lead.put("closed_at", lead.get("updated_at").asLong());
        }
        return lead;
    }

    private ObjectNode contact() {
        String first = pick(FIRST);
        String last = pick(LAST);
        ObjectNode contact = stamped(Json.object().put("first_name", first).put("last_name", last)
                .put("responsible_user_id", pick(users)));
        contact.putArray("custom_fields_values").addObject().put("field_code", "PHONE")
                .putArray("values").addObject().put("value", "+1 555 " + (1000 + random.nextInt(9000)));
        return contact;
    }

    private ObjectNode company() {
        return stamped(Json.object().put("name", pick(LAST) + " " + pick(COMPANY))
                .put("responsible_user_id", pick(users)));
    }

    private ObjectNode task(List<ObjectNode> leads) {
        ObjectNode task = stamped(Json.object()
                .put("text", "Follow up #" + random.nextInt(100_000))
                .put("task_type_id", 1 + random.nextInt(2))
                .put("responsible_user_id", pick(users))
                .put("is_completed", random.nextInt(4) == 0));
        task.put("complete_till", task.get("created_at").asLong() + DAY * (1 + random.nextInt(30)));
        if (!leads.isEmpty()) {
            long lead = leads.get(random.nextInt(leads.size())).get("id").asLong();
            task.put("entity_type", "leads").put("entity_id", lead);
        }
        return task;
    }

    private ObjectNode stamped(ObjectNode item) {
        long created = now - DAY - random.nextLong(365 * DAY);
        long updated = created + random.nextLong(now - created + 1);
        return item.put("created_at", created).put("updated_at", updated);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private long pick(List<Long> values) {
        return values.get(random.nextInt(values.size()));
    }
}
