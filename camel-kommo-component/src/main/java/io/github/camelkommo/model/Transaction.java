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

/** A purchase of a customer: its price, comment, when it was completed and the products bought. */
public class Transaction extends KommoModel {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("customer_id")
    private Long customerId;

    @JsonProperty("price")
    private Long price;

    @JsonProperty("comment")
    private String comment;

    @JsonProperty("completed_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant completedAt;

    @JsonProperty("next_price")
    private Long nextPrice;

    @JsonProperty("next_date")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant nextDate;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("is_deleted")
    private Boolean isDeleted;

    @JsonProperty("_embedded")
    private Map<String, Object> embedded;

    /** Kommo's id of it. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The customer who bought (read only: a transaction is added under its customer). */
    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    /** What was paid, a whole number in the account currency. */
    public Long getPrice() {
        return price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    /** A comment on the purchase. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** When the purchase was made (now by default; unix seconds in Kommo). */
    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    /** Sets the customer's expected next purchase value. */
    public Long getNextPrice() {
        return nextPrice;
    }

    public void setNextPrice(Long nextPrice) {
        this.nextPrice = nextPrice;
    }

    /** Sets when the customer's next purchase is expected (unix seconds in Kommo). */
    public Instant getNextDate() {
        return nextDate;
    }

    public void setNextDate(Instant nextDate) {
        this.nextDate = nextDate;
    }

    /** The user who added it. */
    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    /** When it was added (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Whether it was deleted. */
    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    /** What it embeds: the customer and the catalog elements bought ({@code catalog_elements[] {id, metadata {catalog_id, quantity}}}). */
    public Map<String, Object> getEmbedded() {
        return embedded;
    }

    public void setEmbedded(Map<String, Object> embedded) {
        this.embedded = embedded;
    }
}
