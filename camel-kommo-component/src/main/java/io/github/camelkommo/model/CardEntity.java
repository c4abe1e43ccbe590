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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Fields shared by leads, contacts and companies, the entities Kommo shows as cards with custom fields and tags. */
public abstract class CardEntity extends CrmEntity implements HasCustomFields {

    @JsonProperty("name")
    private String name;

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("is_deleted")
    private Boolean isDeleted;

    @JsonProperty("custom_fields_values")
    private List<CustomFieldValue> customFieldsValues;

    @JsonProperty("_embedded")
    private Embedded embedded;

    @JsonProperty("tags_to_add")
    private List<Tag> tagsToAdd;

    /** Custom field values given by field name or code, resolved to ids by the component when it writes. */
    @JsonIgnore
    private Map<String, Object> customFields;

    @JsonProperty("tags_to_delete")
    private List<Tag> tagsToDelete;

    /**
     * Sets a custom field by its name (as users see it) or code on the next create or update: the component looks
     * the field up in the account's schema and writes the value as the field's type takes it: a number, text, a
     * select's or multiselect's option label(s), a boolean for a checkbox, a {@link java.time.LocalDate},
     * {@link Instant} or ISO text for a date, a phone or e-mail (or a Map of enum code to value) for multitext.
     * {@code null} clears the field.
     */
    @Override
    public CardEntity field(String nameOrCode, Object value) {
        if (customFields == null) {
            customFields = new LinkedHashMap<>();
        }
        customFields.put(nameOrCode, value);
        return this;
    }

    /** Sets a custom field named by a handle (generated from the account's schema) on the next write. */
    public CardEntity field(FieldHandle field, Object value) {
        return field(String.valueOf(field.fieldId()), value);
    }

    /** The value of the custom field a handle names, typed as {@link #field(String)} says. */
    public Object field(FieldHandle field) {
        if (customFieldsValues != null) {
            for (CustomFieldValue value : customFieldsValues) {
                if (value.getFieldId() != null && value.getFieldId() == field.fieldId()) {
                    return CustomFieldReading.value(value);
                }
            }
        }
        return null;
    }

    /**
     * The value of a custom field, found by its name or code among the values Kommo sent: a number as
     * {@link java.math.BigDecimal}, a checkbox as Boolean, a date as {@link Instant}, a select as its label, a
     * multiselect, phone or e-mail field as a List; {@code null} when the entity has no value for it.
     */
    @Override
    public Object field(String nameOrCode) {
        return CustomFieldReading.named(customFieldsValues, nameOrCode);
    }

    /** Every custom field Kommo sent, by field name (its code, or {@code field_<id>}, when it has none), typed. */
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

    /**
     * Adds tags by name on the next create or update and keeps the others; unlike {@code _embedded.tags}, which
     * replaces every tag, and which is then not sent.
     */
    public CardEntity tag(String... names) {
        tagsToAdd = with(tagsToAdd, names);
        return this;
    }

    /** Removes tags by name on the next update and keeps the others. */
    public CardEntity untag(String... names) {
        tagsToDelete = with(tagsToDelete, names);
        return this;
    }

    private static List<Tag> with(List<Tag> tags, String... names) {
        List<Tag> more = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
        for (String name : names) {
            more.add(Tag.named(name));
        }
        return more;
    }

    /** The name on the card. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Deadline of the nearest open task. */
    public Instant getClosestTaskAt() {
        return closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Whether it is in the bin. */
    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    /** Values of the account's custom fields. */
    public List<CustomFieldValue> getCustomFieldsValues() {
        return customFieldsValues;
    }

    public void setCustomFieldsValues(List<CustomFieldValue> customFieldsValues) {
        this.customFieldsValues = customFieldsValues;
    }

    /** Tags the next write adds, keeping the others. */
    public List<Tag> getTagsToAdd() {
        return tagsToAdd;
    }

    public void setTagsToAdd(List<Tag> tagsToAdd) {
        this.tagsToAdd = tagsToAdd;
    }

    /** Tags the next write removes, keeping the others. */
    public List<Tag> getTagsToDelete() {
        return tagsToDelete;
    }

    public void setTagsToDelete(List<Tag> tagsToDelete) {
        this.tagsToDelete = tagsToDelete;
    }

    /** Linked tags, contacts, companies and leads. */
    public Embedded getEmbedded() {
        return embedded;
    }

    public void setEmbedded(Embedded embedded) {
        this.embedded = embedded;
    }
}
