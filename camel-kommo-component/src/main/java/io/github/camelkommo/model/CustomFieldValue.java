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

/** The values of one custom field on an entity. */
public class CustomFieldValue extends KommoModel {

    @JsonProperty("field_id")
    private Long fieldId;

    @JsonProperty("field_code")
    private String fieldCode;

    @JsonProperty("field_name")
    private String fieldName;

    @JsonProperty("field_type")
    private String fieldType;

    @JsonProperty("values")
    private List<CustomFieldValue.Value> values;

    /** One value of a custom field. */
    public static class Value extends KommoModel {
        @JsonProperty("value")
        private Object value;
        @JsonProperty("enum_id")
        private Long enumId;
        @JsonProperty("enum_code")
        private String enumCode;

        public Value() {
        }

        public Value(Object value) {
            this.value = value;
        }

        /** The value itself. */
        public Object getValue() {
            return value;
        }

        public void setValue(Object value) {
            this.value = value;
        }

        /** The chosen option of a select-like field. */
        public Long getEnumId() {
            return enumId;
        }

        public void setEnumId(Long enumId) {
            this.enumId = enumId;
        }

        /** The option's code, e.g. WORK for a phone. */
        public String getEnumCode() {
            return enumCode;
        }

        public void setEnumCode(String enumCode) {
            this.enumCode = enumCode;
        }
    }

    /** The field's id (give it or the code when writing). */
    public Long getFieldId() {
        return fieldId;
    }

    public void setFieldId(Long fieldId) {
        this.fieldId = fieldId;
    }

    /** The field's code, e.g. PHONE or EMAIL. */
    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    /** The field's name. */
    public String getFieldName() {
        return fieldName;
    }

    public void setFieldName(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The field's type, e.g. text, multitext, select. */
    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }

    /** The values. */
    public List<CustomFieldValue.Value> getValues() {
        return values;
    }

    public void setValues(List<CustomFieldValue.Value> values) {
        this.values = values;
    }
}
