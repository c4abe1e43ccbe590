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

import io.github.camelkommo.KommoEntity;

/**
 * Whose custom fields: a card entity's (leads, contacts, companies, customers; at {@code /api/v4/leads/custom_fields})
 * or one catalog's elements' (at {@code /api/v4/catalogs/{catalog_id}/custom_fields}), each catalog its own.
 *
 * @param entity    the entity the fields belong to
 * @param catalogId the catalog, for {@link KommoEntity#catalogElements}; else {@code null}
 */
public record FieldOwner(KommoEntity entity, Long catalogId) {

    public FieldOwner {
        if (entity == KommoEntity.catalogElements ? catalogId == null : !entity.isCard()) {
            throw new IllegalArgumentException("kommo:" + entity + " has no custom fields by name; leads, contacts, "
                                               + "companies, customers and the elements of a catalog do");
        }
    }

    /** The fields of a card entity. */
    public static FieldOwner of(KommoEntity entity) {
        return new FieldOwner(entity, null);
    }

    /** The fields of the elements of one catalog. */
    public static FieldOwner catalog(long catalogId) {
        return new FieldOwner(KommoEntity.catalogElements, catalogId);
    }

    /** Where Kommo lists the fields, below /api/v4/. */
    String path() {
        return catalogId == null ? entity.name() + "/custom_fields" : "catalogs/" + catalogId + "/custom_fields";
    }

    /** {@code leads}, or {@code catalog 4200008} in messages. */
    @Override
    public String toString() {
        return catalogId == null ? entity.name() : "catalog " + catalogId;
    }
}
