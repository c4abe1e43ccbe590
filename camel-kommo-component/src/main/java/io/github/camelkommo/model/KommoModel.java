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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Base of every Kommo model: keeps each field Kommo sends that the model does not name, and writes it back, so a
 * read-modify-write loses nothing. Fields left {@code null} are not sent. JSON is bound to the fields (Kommo's
 * snake_case names), so getters are free to offer typed views such as {@link java.time.Instant}. {@link #toString()}
 * shows the fields that are set, e.g. {@code Lead{id=42, name="Order 17", price=1200}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class KommoModel {

    @JsonIgnore // written flat by the any-getter, not as a property of its own
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    /** Fields Kommo sent that this model has no property for, by their JSON names. */
    @JsonAnyGetter
    public Map<String, Object> getOtherFields() {
        return otherFields;
    }

    /** Sets a field this model has no property for; it is sent as is. */
    @JsonAnySetter
    public void setOtherField(String name, Object value) {
        otherFields.put(name, value);
    }

    /**
     * The model's type and the fields that are set, base class fields first, text quoted, then the fields Kommo sent
     * that the model has no property for: {@code Lead{id=42, name="Order 17", price=1200}}. A field that may carry a
     * secret (a webhook's destination holds the hook's secret) shows as {@code ***}.
     */
    @Override
    public String toString() {
        StringJoiner fields = new StringJoiner(", ", getClass().getSimpleName() + "{", "}");
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> type = getClass(); type != KommoModel.class; type = type.getSuperclass()) {
            hierarchy.push(type);
        }
        for (Class<?> type : hierarchy) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                Object value = read(field);
                if (value != null) {
                    fields.add(field.getName() + "=" + (field.isAnnotationPresent(Secret.class) ? "***" : show(value)));
                }
            }
        }
        otherFields.forEach((name, value) -> fields.add(name + "=" + show(value)));
        return fields.toString();
    }

    private Object read(Field field) {
        try {
            field.setAccessible(true);
            return field.get(this);
        } catch (IllegalAccessException | RuntimeException e) { // a module that keeps the model closed
            return null;
        }
    }

    private static String show(Object value) {
        return value instanceof CharSequence text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
