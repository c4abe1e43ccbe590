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

/** The definition of a custom field of leads, contacts or companies: its name, code, type and options. */
public class CustomField extends NamedModel {

    @JsonProperty("code")
    private String code;

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("type")
    private String type;

    @JsonProperty("entity_type")
    private String entityType;

    @JsonProperty("is_predefined")
    private Boolean isPredefined;

    @JsonProperty("is_deletable")
    private Boolean isDeletable;

    @JsonProperty("is_api_only")
    private Boolean isApiOnly;

    @JsonProperty("group_id")
    private String groupId;

    @JsonProperty("enums")
    private List<CustomField.Option> enums;

    /** One option of a select-like field: its id (enum_id in values), its label and, for multitext, its code. */
    public static class Option extends KommoModel {
        @JsonProperty("id")
        private Long id;
        @JsonProperty("value")
        private String value;
        @JsonProperty("sort")
        private Integer sort;
        @JsonProperty("code")
        private String code;

        /** The option's id. */
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        /** The label users pick, e.g. Web; for multitext the code, e.g. WORK. */
        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        /** Its place in the list. */
        public Integer getSort() {
            return sort;
        }

        public void setSort(Integer sort) {
            this.sort = sort;
        }

        /** Its code, where Kommo gives one. */
        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    /** Its code, e.g. PHONE or EMAIL; most fields have none. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Its place on the card. */
    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** text, numeric, checkbox, select, multiselect, multitext, date, date_time, url, ... */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** leads, contacts or companies. */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    /** Whether Kommo defined it. */
    public Boolean getIsPredefined() {
        return isPredefined;
    }

    public void setIsPredefined(Boolean isPredefined) {
        this.isPredefined = isPredefined;
    }

    /** Whether it may be deleted. */
    public Boolean getIsDeletable() {
        return isDeletable;
    }

    public void setIsDeletable(Boolean isDeletable) {
        this.isDeletable = isDeletable;
    }

    /** Whether only the API sees it. */
    public Boolean getIsApiOnly() {
        return isApiOnly;
    }

    public void setIsApiOnly(Boolean isApiOnly) {
        this.isApiOnly = isApiOnly;
    }

    /** The group (tab) it is shown in. */
    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    /** The options of a select, multiselect, radio button or multitext field. */
    public List<CustomField.Option> getEnums() {
        return enums;
    }

    public void setEnums(List<CustomField.Option> enums) {
        this.enums = enums;
    }
}
