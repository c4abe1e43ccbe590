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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An element of a catalog: a product of the products catalog, with its price, SKU and group as custom fields, given
 * and read by name as on leads ({@code field("SKU", "A-1")}).
 */
public class CatalogElement extends NamedModel implements HasCustomFields {

    @JsonProperty("catalog_id")
    private Long catalogId;

    @JsonProperty("custom_fields_values")
    private List<CustomFieldValue> customFieldsValues;

    @JsonProperty("is_deleted")
    private Boolean isDeleted;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("updated_by")
    private Long updatedBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("updated_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant updatedAt;

    /** Custom field values given by name or code, resolved to ids against the catalog's fields when written. */
    @JsonIgnore
    private Map<String, Object> customFields;

    /**
     * Sets a custom field of the element's catalog by its name or code on the next create or update: text for a
     * SKU, a number for a price, an option's label for a select ({@code "Group"}); {@code null} clears it.
     */
    @Override
    public CatalogElement field(String nameOrCode, Object value) {
        if (customFields == null) {
            customFields = new LinkedHashMap<>();
        }
        customFields.put(nameOrCode, value);
        return this;
    }

    /** The value of a custom field by its name or code, typed as {@link CardEntity#field(String)} says. */
    @Override
    public Object field(String nameOrCode) {
        return CustomFieldReading.named(customFieldsValues, nameOrCode);
    }

    /** Every custom field Kommo sent, by field name, typed. */
    @Override
    public Map<String, Object> fields() {
        return CustomFieldReading.all(customFieldsValues);
    }

    /** Custom field values given by name or code for the next write (see {@link #field(String, Object)}). */
    @Override
    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(Map<String, Object> customFields) {
        this.customFields = customFields;
    }

    /** The catalog it belongs to (read only: the path names it). */
    public Long getCatalogId() {
        return catalogId;
    }

    public void setCatalogId(Long catalogId) {
        this.catalogId = catalogId;
    }

    /** The values of the catalog's custom fields (price, SKU, group ...). */
    public List<CustomFieldValue> getCustomFieldsValues() {
        return customFieldsValues;
    }

    public void setCustomFieldsValues(List<CustomFieldValue> customFieldsValues) {
        this.customFieldsValues = customFieldsValues;
    }

    /** Whether it was deleted. */
    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    /** The user who created it. */
    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    /** The user who changed it last. */
    public Long getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(Long updatedBy) {
        this.updatedBy = updatedBy;
    }

    /** When it was created (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** When it was changed last (unix seconds in Kommo). */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
