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
package io.github.camelkommo.model;

import java.util.Map;

/**
 * An entity with custom fields that can be given and read by name or code: the cards (leads, contacts, companies,
 * customers) and catalog elements (a product's SKU, price and group).
 */
public interface HasCustomFields {

    /**
     * Sets a custom field by its name (as users see it) or code on the next create or update; the component resolves
     * it against the account's schema (see {@link CardEntity#field(String, Object)} for the values each type takes).
     */
    HasCustomFields field(String nameOrCode, Object value);

    /** The value of a custom field, found by its name or code among the values Kommo sent; {@code null} if none. */
    Object field(String nameOrCode);

    /** Every custom field Kommo sent, by field name (its code, or {@code field_<id>}, when it has none), typed. */
    Map<String, Object> fields();

    /** Custom field values given by name or code for the next write. */
    Map<String, Object> getCustomFields();
}
