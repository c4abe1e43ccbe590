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

import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.model.CustomField;

/**
 * Turns custom field values given by name or code into the {@code custom_fields_values} Kommo takes, from the
 * account's schema: each name becomes its field's id, each value the field type's {@code values}. A value given by
 * name replaces a value of the same field already in the item. Unknown names and labels fail before anything is sent.
 */
public final class CustomFieldNames {

    private final AccountSchema schema;

    public CustomFieldNames(AccountSchema schema) {
        this.schema = schema;
    }

    /** Writes {@code byName} into the item's {@code custom_fields_values}; {@code owner} says whose fields they are. */
    public void resolve(FieldOwner owner, ObjectNode item, Map<String, Object> byName) throws KommoException {
        FieldCatalog fields = schema.fields(owner);
        ZoneId zone = null;
        JsonNode existing = item.get("custom_fields_values");
        ArrayNode values = existing instanceof ArrayNode array ? array : item.putArray("custom_fields_values");
        for (Map.Entry<String, Object> named : byName.entrySet()) {
            CustomField field = fields.field(named.getKey());
            if (zone == null && isDate(field)) {
                zone = schema.zone();
            }
            JsonNode written = new ValueWriter(field, zone == null ? ZoneId.of("UTC") : zone).values(named.getValue());
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).path("field_id").asLong() == field.getId()) {
                    values.remove(i);
                }
            }
            values.addObject().put("field_id", field.getId()).set("values", written);
        }
    }

    /**
     * The custom field of {@code owner} a name, code or id stands for.
     *
     * @throws IllegalArgumentException naming the closest fields when the account has none such
     */
    public CustomField field(KommoEntity owner, String nameOrCode) throws KommoException {
        return schema.fields(FieldOwner.of(owner)).field(nameOrCode);
    }

    /** Forgets the schema read so far: Kommo refused an id resolved from it. */
    public void refresh() {
        schema.forget();
    }

    private static boolean isDate(CustomField field) {
        return field.getType() != null && field.getType().startsWith("date") || "birthday".equals(field.getType());
    }
}
