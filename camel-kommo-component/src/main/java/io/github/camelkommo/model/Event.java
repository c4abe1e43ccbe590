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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Something that happened in the account: an entity added, changed, deleted or restored, a note added. Events name entities in the singular ({@code lead}, {@code contact}). */
public class Event extends KommoModel {

    @JsonProperty("id")
    private String id;

    @JsonProperty("type")
    private String type;

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("entity_type")
    private String entityType;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("value_after")
    private List<Map<String, Object>> valueAfter;

    @JsonProperty("value_before")
    private List<Map<String, Object>> valueBefore;

    @JsonProperty("account_id")
    private Long accountId;

    /** The event's id (a string such as 01drbfj5a8k9zd60bgg907a6w9). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** What happened, e.g. lead_added, lead_status_changed, lead_deleted. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The entity it happened to. */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** Its type, singular: lead, contact, company, task. */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    /** Who did it; 0 means a robot or the system. */
    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    /** When it happened (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** What the entity holds after, as Kommo describes it for the type. */
    public List<Map<String, Object>> getValueAfter() {
        return valueAfter;
    }

    public void setValueAfter(List<Map<String, Object>> valueAfter) {
        this.valueAfter = valueAfter;
    }

    /** What it held before. */
    public List<Map<String, Object>> getValueBefore() {
        return valueBefore;
    }

    public void setValueBefore(List<Map<String, Object>> valueBefore) {
        this.valueBefore = valueBefore;
    }

    /** The account. */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
