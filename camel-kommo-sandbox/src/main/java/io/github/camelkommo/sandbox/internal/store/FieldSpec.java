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
import java.util.Set;

/**
 * One writable field of an entity: its name, JSON kind, whether {@code null} is allowed, whether a create must carry
 * it (missing, null or blank gives {@code NotBlank}), the writes that accept it (others answer
 * {@code FieldNotExpected}), the shape of its value when it is an object or an array of objects, and whether a
 * scalar value is stored as it is (some accepted fields, such as {@code visitor_uid}, are not kept).
 */
public record FieldSpec(String name, JsonKind kind, boolean nullable, boolean required, Set<WriteOp> ops,
                        Shape shape, boolean stored) {

    static FieldSpec field(String name, JsonKind kind) {
        return new FieldSpec(name, kind, false, false, EnumSet.allOf(WriteOp.class), null, true);
    }

    static FieldSpec nullable(String name, JsonKind kind) {
        return new FieldSpec(name, kind, true, false, EnumSet.allOf(WriteOp.class), null, true);
    }

    static FieldSpec required(String name, JsonKind kind) {
        return new FieldSpec(name, kind, false, true, EnumSet.allOf(WriteOp.class), null, true);
    }

    /** This field with the keys its value (an object, or an array of objects) may carry. */
    FieldSpec shaped(Shape valueShape) {
        return new FieldSpec(name, kind, nullable, required, ops, valueShape, stored);
    }

    /** This field, accepted only in {@code accepted}. */
    FieldSpec in(WriteOp... accepted) {
        return new FieldSpec(name, kind, nullable, required, EnumSet.copyOf(Arrays.asList(accepted)), shape, stored);
    }

    /** This field, accepted and type-checked but not stored. */
    FieldSpec notStored() {
        return new FieldSpec(name, kind, nullable, required, ops, shape, false);
    }

    /** The member of the entity's write shape this field stands for. */
    Shape.Member member() {
        return new Shape.Member(name, ops, shape);
    }
}
