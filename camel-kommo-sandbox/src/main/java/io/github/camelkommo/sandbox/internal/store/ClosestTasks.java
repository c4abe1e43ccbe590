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

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code closest_task_at} of leads, contacts and companies: "the date of the closest open task" (Kommo's
 * contacts reference), i.e. the earliest {@code complete_till} of the entity's open tasks, or null. Refreshed after
 * every task write; refreshing does not touch {@code updated_at}.
 */
final class ClosestTasks {

    private static final List<EntityType> CARDS = List.of(EntityType.LEADS, EntityType.CONTACTS, EntityType.COMPANIES);

    private ClosestTasks() {
    }

    /** Refreshes the entities the given tasks (old and new versions) are attached to. */
    static void refresh(EntityStore store, Collection<ObjectNode> tasks) {
        Map<Target, Long> closest = closestByTarget(store);
        tasks.stream().map(ClosestTasks::targetOf).filter(Objects::nonNull).distinct()
                .forEach(t -> apply(store, t, closest.get(t)));
    }

    /** Refreshes every lead, contact and company. */
    static void refreshAll(EntityStore store) {
        Map<Target, Long> closest = closestByTarget(store);
        for (EntityType type : CARDS) {
            for (ObjectNode node : List.copyOf(store.all(type))) {
                Target target = new Target(type.entityName(), node.get("id").asLong());
                apply(store, target, closest.get(target));
            }
        }
    }

    private static Map<Target, Long> closestByTarget(EntityStore store) {
        Map<Target, Long> closest = new HashMap<>();
        for (ObjectNode task : store.all(EntityType.TASKS)) {
            Target target = targetOf(task);
            if (target != null && !task.path("is_completed").asBoolean()) {
                closest.merge(target, task.path("complete_till").asLong(), Math::min);
            }
        }
        return closest;
    }

    private static void apply(EntityStore store, Target target, Long closest) {
        EntityType type = EntityType.byName(target.entity()).filter(CARDS::contains).orElse(null);
        if (type == null) {
            return;
        }
        store.find(type, target.id()).ifPresent(node -> {
            JsonNode current = node.get("closest_task_at");
            Long stored = current == null || current.isNull() ? null : current.asLong();
            if (!Objects.equals(stored, closest)) {
                ObjectNode copy = node.deepCopy();
                if (closest == null) {
                    copy.putNull("closest_task_at");
                } else {
                    copy.put("closest_task_at", closest);
                }
                store.insert(type, copy);
            }
        });
    }

    private static Target targetOf(ObjectNode task) {
        JsonNode type = task.get("entity_type");
        JsonNode id = task.get("entity_id");
        return type == null || !type.isTextual() || id == null || !id.isIntegralNumber() ? null
                                                                                         : new Target(type.asText(),
                                                                                                 id.asLong());
    }

    /** An entity a task is attached to. */
    private record Target(String entity, long id) {
    }
}
