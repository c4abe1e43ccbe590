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

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generic half of every write: the accepted keys ({@code FieldNotExpected} for any other, recursively), type and
 * required-field checks from the {@link EntityType} table, then the entity's own {@link EntityRules}; building the
 * stored form by copying scalars, letting the rules interpret the
 * rest, and bumping {@code updated_at}/{@code updated_by} on updates unless the write sets them.
 */
final class EntityWriter {

    private final EntityStore store;
    private final Map<EntityType, EntityRules> rules;

    EntityWriter(EntityStore store, Map<EntityType, EntityRules> rules) {
        this.store = store;
        this.rules = rules;
    }

    /** Checks one item; {@code existing} is null on create. Reference checks run only when keys and types are right. */
    void validate(EntityType type, ObjectNode item, ObjectNode existing, Violations violations) {
        validate(type, item, existing, existing == null ? WriteOp.CREATE : WriteOp.UPDATE, violations);
    }

    /** Checks one item of a write of kind {@code op}; {@code existing} is null unless it is an update. */
    void validate(EntityType type, ObjectNode item, ObjectNode existing, WriteOp op, Violations violations) {
        int before = violations.size();
        if (type.writableByApi()) {
            type.shape().check(item, op, "", violations);
            store.customFields().checkKeys(type, item.get("custom_fields_values"), violations);
        }
        for (FieldSpec field : type.fields()) {
            if (field.ops().contains(op)) {
                checkField(field, item.get(field.name()), op != WriteOp.UPDATE, violations);
            }
        }
        if (violations.size() == before) {
            rules.get(type).check(item, existing, store, violations);
        }
    }

    private static void checkField(FieldSpec field, JsonNode value, boolean create, Violations violations) {
        if (value == null) {
            if (create && field.required()) {
                violations.notBlank(field.name());
            }
        } else if (value.isNull()) {
            if (field.required()) {
                violations.notBlank(field.name());
            } else if (!field.nullable()) {
                violations.invalidType(field.name(), field.kind());
            }
        } else if (!field.kind().matches(value)) {
            violations.invalidType(field.name(), field.kind());
        } else if (field.required() && value.isTextual() && value.asText().isBlank()) {
            violations.notBlank(field.name());
        }
    }

    /** The stored form of a validated item: a new entity with {@code id}, or {@code existing} updated. */
    ObjectNode build(EntityType type, ObjectNode item, ObjectNode existing, long id) {
        long now = store.clock().nowSeconds();
        EntityRules entityRules = rules.get(type);
        ObjectNode target = existing == null ? entityRules.template(id, now, store) : existing.deepCopy();
        for (FieldSpec field : type.fields()) {
            if (field.kind().isScalar() && field.stored() && item.has(field.name())) {
                target.set(field.name(), field.kind().normalize(item.get(field.name())));
            }
        }
        entityRules.apply(item, target, existing, store);
        if (existing != null) {
            if (target.has("updated_at") && !item.has("updated_at")) {
                target.put("updated_at", now);
            }
            if (target.has("updated_by") && !item.has("updated_by")) {
                target.put("updated_by", store.currentUserId());
            }
        }
        return target;
    }
}
