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

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A link between a lead, contact or company and another entity or a catalog element. */
public class Link extends KommoModel {

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("entity_type")
    private String entityType;

    @JsonProperty("to_entity_id")
    private Long toEntityId;

    @JsonProperty("to_entity_type")
    private String toEntityType;

    @JsonProperty("metadata")
    private Map<String, Object> metadata;

    public Link() {
    }

    /** A link to the entity {@code toEntityId} of type {@code toEntityType} (leads, contacts, companies, ...). */
    public Link(String toEntityType, long toEntityId) {
        this.toEntityType = toEntityType;
        this.toEntityId = toEntityId;
    }

    /** The entity the link starts from (set on bulk links; the entity id header otherwise). */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** Its type: leads, contacts or companies. */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    /** The linked entity. */
    public Long getToEntityId() {
        return toEntityId;
    }

    public void setToEntityId(Long toEntityId) {
        this.toEntityId = toEntityId;
    }

    /** Its type: leads, contacts, companies, customers or catalog_elements. */
    public String getToEntityType() {
        return toEntityType;
    }

    public void setToEntityType(String toEntityType) {
        this.toEntityType = toEntityType;
    }

    /**
     * What the link carries besides its ends. In a link you send: {@code is_main} (a contact becomes the lead's main
     * contact), {@code updated_by}, and for catalog elements {@code catalog_id}, {@code quantity} and
     * {@code price_id}. Kommo answers a main contact as {@code main_contact}; a link you send with
     * {@code main_contact} (the spelling this component once documented, deprecated) goes out as {@code is_main}.
     */
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }
}
