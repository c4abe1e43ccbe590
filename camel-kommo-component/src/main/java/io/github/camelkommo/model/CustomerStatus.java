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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A status of customers (the periodic purchases mode), like a stage of leads. */
public class CustomerStatus extends NamedModel {

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("color")
    private String color;

    @JsonProperty("type")
    private Integer type;

    @JsonProperty("is_default")
    private Boolean isDefault;

    @JsonProperty("conditions")
    private List<Object> conditions;

    /** Its place in the list. */
    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** Its colour, {@code #} and six hex digits (one of Kommo's status colours). */
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    /** Its type: 0 a regular status, others Kommo's own. */
    public Integer getType() {
        return type;
    }

    public void setType(Integer type) {
        this.type = type;
    }

    /** Whether it is a system status, which cannot be deleted. */
    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    /** The conditions that move customers into it (read only). */
    public List<Object> getConditions() {
        return conditions;
    }

    public void setConditions(List<Object> conditions) {
        this.conditions = conditions;
    }
}
