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
package io.github.camelkommo.internal.customfields;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelkommo.internal.support.Closest;
import io.github.camelkommo.model.CustomField;

/**
 * The custom fields of one entity type, looked up as users name them: by name (case and surrounding spaces aside),
 * by code, or by id. A name that matches nothing or more than one field is an error that names the closest fields.
 */
final class FieldCatalog {

    private final FieldOwner owner;
    private final List<CustomField> fields;

    FieldCatalog(FieldOwner owner, List<CustomField> fields) {
        this.owner = owner;
        this.fields = List.copyOf(fields);
    }

    CustomField field(String nameOrCode) {
        String key = Closest.normal(nameOrCode);
        List<CustomField> byName = fields.stream().filter(f -> Closest.normal(f.getName()).equals(key)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new IllegalArgumentException("The " + owner + " custom field name '" + nameOrCode + "' is ambiguous: "
                                               + describe(byName) + "; give its code or id instead");
        }
        for (CustomField field : fields) {
            if (field.getCode() != null && Closest.normal(field.getCode()).equals(key)
                || key.matches("\\d+") && field.getId() != null && field.getId() == Long.parseLong(key)) {
                return field;
            }
        }
        List<CustomField> nearest = fields.stream()
                .sorted(Comparator.comparingInt((CustomField f) -> Closest.distance(key, f.getName()))).limit(3)
                .toList();
        throw new IllegalArgumentException("The account has no " + owner + " custom field '" + nameOrCode + "'; "
                                           + "closest: " + describe(nearest));
    }

    private static String describe(List<CustomField> found) {
        return found.isEmpty() ? "none" : found.stream()
                .map(f -> "'" + f.getName() + "' (id " + f.getId()
                          + (f.getCode() == null ? "" : ", code " + f.getCode())
                          + ", " + f.getType() + ")")
                .collect(Collectors.joining(", "));
    }
}
