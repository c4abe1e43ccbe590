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

/** A talk: a conversation of a chat with a contact, about a lead or customer. */
public class Talk extends KommoModel {

    @JsonProperty("talk_id")
    private Long talkId;

    @JsonProperty("chat_id")
    private String chatId;

    @JsonProperty("contact_id")
    private Long contactId;

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("entity_type")
    private String entityType;

    @JsonProperty("is_in_work")
    private Boolean isInWork;

    @JsonProperty("is_read")
    private Boolean isRead;

    @JsonProperty("rate")
    private Integer rate;

    @JsonProperty("origin")
    private String origin;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("updated_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant updatedAt;

    @JsonProperty("missed_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant missedAt;

    @JsonProperty("account_id")
    private Long accountId;

    /** Kommo's id of it. */
    public Long getTalkId() {
        return talkId;
    }

    public void setTalkId(Long talkId) {
        this.talkId = talkId;
    }

    /** The chat it belongs to. */
    public String getChatId() {
        return chatId;
    }

    public void setChatId(String chatId) {
        this.chatId = chatId;
    }

    /** The contact it is with. */
    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    /** The lead or customer it is about. */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** {@code lead} or {@code customer}. */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    /** Whether it is still open. */
    public Boolean getIsInWork() {
        return isInWork;
    }

    public void setIsInWork(Boolean isInWork) {
        this.isInWork = isInWork;
    }

    /** Whether it was read. */
    public Boolean getIsRead() {
        return isRead;
    }

    public void setIsRead(Boolean isRead) {
        this.isRead = isRead;
    }

    /** The contact's rating of it. */
    public Integer getRate() {
        return rate;
    }

    public void setRate(Integer rate) {
        this.rate = rate;
    }

    /** The messenger it came through. */
    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    /** When it started (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** When it changed last (unix seconds in Kommo). */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** When it was missed, if it was (unix seconds in Kommo). */
    public Instant getMissedAt() {
        return missedAt;
    }

    public void setMissedAt(Instant missedAt) {
        this.missedAt = missedAt;
    }

    /** The account it belongs to. */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
