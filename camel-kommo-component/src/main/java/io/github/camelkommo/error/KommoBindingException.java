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
package io.github.camelkommo.error;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Kommo sent an entity in a shape its model cannot bind. Names the entity, its id and the JSON path of the field that
 * failed, and keeps the JSON as Kommo sent it. With {@code rawJson=true} the component never binds, so a route can
 * still read such an entity; the consumer delivers it as JSON text with the header {@code CamelKommoBindingError}.
 */
public class KommoBindingException extends KommoException {

    private final String entity;
    private final Long entityId;
    private final String path;
    private final transient String json;

    public KommoBindingException(String entity, Long entityId, String path, String json, Throwable cause) {
        super("Kommo sent a " + entity + " item" + (entityId == null ? "" : " (id " + entityId + ")")
              + " that the " + entity + " model cannot read at '" + path + "': " + reason(cause), cause);
        this.entity = entity;
        this.entityId = entityId;
        this.path = path;
        this.json = json;
    }

    private static String reason(Throwable cause) {
        String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage()
                                                                    : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** The entity, as the endpoint names it ({@code tasks}). */
    public String getEntity() {
        return entity;
    }

    /** The id of the item, or {@code null} when it has none. */
    public Long getEntityId() {
        return entityId;
    }

    /** The JSON path of the field that could not be read ({@code result}, {@code _embedded.tags[0].id}). */
    public String getPath() {
        return path;
    }

    /** The item as Kommo sent it. */
    public String getJson() {
        return json;
    }
}
