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

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Id counters, one per id space, starting at realistic-looking values. Contacts and companies share one id space,
 * as they do in Kommo, and so do the notes of every entity type. After a reset the same ids are handed out again, so
 * seeded data is reproducible.
 */
final class IdSequences {

    private final Map<EntityType, AtomicLong> entities = new EnumMap<>(EntityType.class);
    private final AtomicLong statuses = new AtomicLong();
    private final AtomicLong tags = new AtomicLong();
    private final AtomicLong fields = new AtomicLong();
    private final AtomicLong enums = new AtomicLong();
    private final AtomicLong references = new AtomicLong();

    IdSequences() {
        reset();
    }

    void reset() {
        AtomicLong parties = new AtomicLong(41_000_001);
        entities.put(EntityType.LEADS, new AtomicLong(21_000_001));
        entities.put(EntityType.CONTACTS, parties);
        entities.put(EntityType.COMPANIES, parties);
        entities.put(EntityType.TASKS, new AtomicLong(61_000_001));
        entities.put(EntityType.PIPELINES, new AtomicLong(7_100_001));
        entities.put(EntityType.USERS, new AtomicLong(8_100_001));
        entities.put(EntityType.CUSTOMERS, new AtomicLong(31_000_001));
        entities.put(EntityType.TRANSACTIONS, new AtomicLong(32_000_001));
        entities.put(EntityType.SEGMENTS, new AtomicLong(33_001));
        entities.put(EntityType.CUSTOMER_STATUSES, new AtomicLong(34_000_001));
        entities.put(EntityType.SOURCES, new AtomicLong(9_001));
        // catalogs, their elements and roles keep the ids of the account's reference lists they were seeded among
        entities.put(EntityType.CATALOGS, references);
        entities.put(EntityType.CATALOG_ELEMENTS, references);
        entities.put(EntityType.ROLES, references);
        AtomicLong notes = new AtomicLong(81_000_001);
        for (EntityType type : EntityType.values()) {
            if (type.parent() != null) {
                entities.put(type, notes);
            }
        }
        statuses.set(71_000_001);
        tags.set(100_001);
        fields.set(900_001);
        enums.set(500_001);
        references.set(4_200_001);
    }

    long next(EntityType type) {
        return entities.get(type).getAndIncrement();
    }

    long nextStatus() {
        return statuses.getAndIncrement();
    }

    long nextTag() {
        return tags.getAndIncrement();
    }

    long nextField() {
        return fields.getAndIncrement();
    }

    long nextEnum() {
        return enums.getAndIncrement();
    }

    /** Ids of the account's reference lists: loss reasons, roles, user groups, stage descriptions. */
    long nextReference() {
        return references.getAndIncrement();
    }
}
