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

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** A call logged for telephony: Kommo attaches it, as a call note, to the card that owns its phone number. */
public class Call extends KommoModel {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("direction")
    private String direction;

    @JsonProperty("uniq")
    private String uniq;

    @JsonProperty("duration")
    private Integer duration;

    @JsonProperty("source")
    private String source;

    @JsonProperty("link")
    private String link;

    @JsonProperty("phone")
    private String phone;

    @JsonProperty("call_result")
    private String callResult;

    @JsonProperty("call_status")
    private Integer callStatus;

    @JsonProperty("call_responsible")
    private Object callResponsible;

    @JsonProperty("responsible_user_id")
    private Long responsibleUserId;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("entity_type")
    private String entityType;

    /** The id of the call note Kommo made (read only). */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** {@code inbound} or {@code outbound}. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    /** The telephony's own key of the call. */
    public String getUniq() {
        return uniq;
    }

    public void setUniq(String uniq) {
        this.uniq = uniq;
    }

    /** How long it lasted, in seconds. */
    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    /** The name of the telephony that logged it. */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** Where its recording is. */
    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    /** The other party's phone number; Kommo finds the card by it. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** What came of it, as text. */
    public String getCallResult() {
        return callResult;
    }

    public void setCallResult(String callResult) {
        this.callResult = callResult;
    }

    /** Kommo's call status, 1 to 7 (4: answered). */
    public Integer getCallStatus() {
        return callStatus;
    }

    public void setCallStatus(Integer callStatus) {
        this.callStatus = callStatus;
    }

    /** Who took or made it: a user id or a name. */
    public Object getCallResponsible() {
        return callResponsible;
    }

    public void setCallResponsible(Object callResponsible) {
        this.callResponsible = callResponsible;
    }

    /** The user responsible for the note. */
    public Long getResponsibleUserId() {
        return responsibleUserId;
    }

    public void setResponsibleUserId(Long responsibleUserId) {
        this.responsibleUserId = responsibleUserId;
    }

    /** The user who logged it. */
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

    /** The card it was attached to (read only). */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** The kind of card it was attached to: {@code contact}, {@code company}, {@code lead} or {@code customer} (read only). */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }
}
