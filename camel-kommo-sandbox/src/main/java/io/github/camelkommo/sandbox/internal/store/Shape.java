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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The keys a JSON object of a write may carry, recursively: each key with the writes that accept it and, for an
 * object or an array of objects, the shape of its value. Any other key is refused with {@code FieldNotExpected}
 * at its path ({@code _embedded.tags.0.color}). Only keys are checked here; types are checked by the field table
 * and the entity rules.
 */
final class Shape {

    private final Map<String, Member> members = new LinkedHashMap<>();

    private Shape(Member... members) {
        Arrays.stream(members).forEach(m -> this.members.put(m.key(), m));
    }

    /** An object accepting exactly these members. */
    static Shape of(Member... members) {
        return new Shape(members);
    }

    /** A member accepted in every write, whose value is a scalar (or checked elsewhere). */
    static Member key(String key) {
        return new Member(key, EnumSet.allOf(WriteOp.class), null);
    }

    /** A member accepted in every write, whose value is an object (or array of objects) of {@code shape}. */
    static Member key(String key, Shape shape) {
        return new Member(key, EnumSet.allOf(WriteOp.class), shape);
    }

    /** Reports every key of {@code node} (and of its nested objects) that {@code op} does not accept. */
    void check(JsonNode node, WriteOp op, String path, Violations violations) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Member member = members.get(field.getKey());
            if (member == null || !member.ops().contains(op)) {
                violations.fieldNotExpected(at);
            } else if (member.shape() != null) {
                member.shape().checkValue(field.getValue(), op, at, violations);
            }
        }
    }

    private void checkValue(JsonNode value, WriteOp op, String path, Violations violations) {
        if (value.isObject()) {
            check(value, op, path, violations);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), op, path + "." + i, violations);
            }
        }
    }

    /** One accepted key: the writes that accept it and the shape of its value (null for scalars). */
    record Member(String key, Set<WriteOp> ops, Shape shape) {

        /** This member, accepted only in {@code accepted}. */
        Member in(WriteOp... accepted) {
            return new Member(key, EnumSet.copyOf(Arrays.asList(accepted)), shape);
        }
    }
}
