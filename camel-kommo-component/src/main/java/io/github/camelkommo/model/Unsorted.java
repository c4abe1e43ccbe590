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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** An incoming lead waiting in Unsorted (a web form, a call, a chat or a mail) until it is accepted or declined. */
public class Unsorted extends KommoModel {

    @JsonProperty("uid")
    private String uid;

    @JsonProperty("source_uid")
    private String sourceUid;

    @JsonProperty("source_name")
    private String sourceName;

    @JsonProperty("category")
    private String category;

    @JsonProperty("pipeline_id")
    private Long pipelineId;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("metadata")
    private Map<String, Object> metadata;

    @JsonProperty("account_id")
    private Long accountId;

    @JsonProperty("_embedded")
    private Embedded embedded;

    /** Kommo's key of it (text, not a number). */
    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    /** The source's own key of the item. */
    public String getSourceUid() {
        return sourceUid;
    }

    public void setSourceUid(String sourceUid) {
        this.sourceUid = sourceUid;
    }

    /** The source's name, as users see it. */
    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    /** {@code forms}, {@code sip}, {@code chats} or {@code mail}; on create it chooses the endpoint. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** The pipeline whose incoming stage it waits in. */
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** When it arrived (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** What its category records: a form's {@code form_id}, {@code form_name}, {@code form_page}, {@code ip}, {@code form_sent_at}, {@code referer}; a call's {@code from}, {@code phone}, {@code called_at}, {@code duration}, {@code link}, {@code service_code}, {@code uniq}. */
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }

    /** The account it belongs to. */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    /** The lead (exactly one), contact and company it brings. */
    public Embedded getEmbedded() {
        return embedded;
    }

    public void setEmbedded(Embedded embedded) {
        this.embedded = embedded;
    }
}
