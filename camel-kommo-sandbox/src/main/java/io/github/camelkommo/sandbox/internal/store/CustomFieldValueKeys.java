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
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The keys Kommo accepts in a {@code custom_fields_values[]} entry and in its {@code values[]} items, per field
 * type, from the official PHP library's value models ({@code ValueModels/*::toApi}): enum-code types
 * (select, multitext, smart_address) take {@code value}, {@code enum_id}, {@code enum_code}; enum types
 * (multiselect, radiobutton, category) {@code value}, {@code enum_id}; chained lists {@code catalog_id},
 * {@code catalog_element_id}; every other type {@code value} only. {@code subtype} appears nowhere.
 */
final class CustomFieldValueKeys {

    /**
     * The keys of one {@code custom_fields_values[]} entry: those of BaseCustomFieldValuesModel::toApi, and
     * {@code field_name}, which the amoCRM contacts reference's update example sends (ignored).
     */
    static final Set<String> ENTRY = Set.of("field_id", "field_code", "values", "field_name");

    private static final Set<String> VALUE_ONLY = Set.of("value");
    private static final Set<String> ENUM_CODE = Set.of("value", "enum_id", "enum_code");
    private static final Set<String> ENUM = Set.of("value", "enum_id");
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "select", ENUM_CODE, "multitext", ENUM_CODE, "smart_address", ENUM_CODE,
            "multiselect", ENUM, "radiobutton", ENUM, "category", ENUM,
            "chained_list", Set.of("catalog_id", "catalog_element_id"));

    private CustomFieldValueKeys() {
    }

    /** The keys a {@code values[]} item of a field of this type may carry. */
    static Set<String> of(String fieldType) {
        return BY_TYPE.getOrDefault(fieldType, VALUE_ONLY);
    }

    /** Reports every key of {@code node} outside {@code allowed} as {@code FieldNotExpected} under {@code path}. */
    static void check(JsonNode node, Set<String> allowed, String path, Violations violations) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                violations.fieldNotExpected(path.isEmpty() ? key : path + "." + key);
            }
        });
    }
}
