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
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** A segment of customers (the segments mode): a named, coloured group. */
public class Segment extends NamedModel {

    @JsonProperty("color")
    private String color;

    @JsonProperty("customers_count")
    private Integer customersCount;

    @JsonProperty("custom_fields_values")
    private List<CustomFieldValue> customFieldsValues;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("updated_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant updatedAt;

    /** Its colour, six hex digits without {@code #} (one of Kommo's segment colours). */
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    /** How many customers it has (read only). */
    public Integer getCustomersCount() {
        return customersCount;
    }

    public void setCustomersCount(Integer customersCount) {
        this.customersCount = customersCount;
    }

    /** The values of the segments' custom fields. */
    public List<CustomFieldValue> getCustomFieldsValues() {
        return customFieldsValues;
    }

    public void setCustomFieldsValues(List<CustomFieldValue> customFieldsValues) {
        this.customFieldsValues = customFieldsValues;
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
