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

import java.util.List;
import java.util.stream.Collectors;

/** A write was refused because at least one item is invalid; nothing of the write was stored. */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ItemErrors> items;

    public ValidationException(List<ItemErrors> items) {
        super(describe(items));
        this.items = List.copyOf(items);
    }

    /** The invalid items with their errors. */
    public List<ItemErrors> items() {
        return items;
    }

    private static String describe(List<ItemErrors> items) {
        return "Request validation failed: " + items.stream()
                .flatMap(i -> i.errors().stream().map(e -> "[" + i.requestId() + "] " + e.path() + ": " + e.code()))
                .collect(Collectors.joining(", "));
    }
}
