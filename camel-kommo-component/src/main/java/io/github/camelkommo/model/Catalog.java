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

/** A catalog ("list" in Kommo's interface) of the account: regular, invoices or products. */
public class Catalog extends NamedModel {

    @JsonProperty("type")
    private String type;

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("can_add_elements")
    private Boolean canAddElements;

    @JsonProperty("can_link_multiple")
    private Boolean canLinkMultiple;

    @JsonProperty("can_show_in_cards")
    private Boolean canShowInCards;

    @JsonProperty("can_be_deleted")
    private Boolean canBeDeleted;

    @JsonProperty("sdk_widget_code")
    private String sdkWidgetCode;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant createdAt;

    @JsonProperty("updated_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant updatedAt;

    /** {@code regular} (the default), {@code invoices} or {@code products}; fixed once made. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Its place in the list. */
    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** Whether users may add elements in the interface. */
    public Boolean getCanAddElements() {
        return canAddElements;
    }

    public void setCanAddElements(Boolean canAddElements) {
        this.canAddElements = canAddElements;
    }

    /** Whether an element may be linked to an entity more than once. */
    public Boolean getCanLinkMultiple() {
        return canLinkMultiple;
    }

    public void setCanLinkMultiple(Boolean canLinkMultiple) {
        this.canLinkMultiple = canLinkMultiple;
    }

    /** Whether its tab shows in the cards. */
    public Boolean getCanShowInCards() {
        return canShowInCards;
    }

    public void setCanShowInCards(Boolean canShowInCards) {
        this.canShowInCards = canShowInCards;
    }

    /** Whether it can be deleted (not the products catalog; read only). */
    public Boolean getCanBeDeleted() {
        return canBeDeleted;
    }

    public void setCanBeDeleted(Boolean canBeDeleted) {
        this.canBeDeleted = canBeDeleted;
    }

    /** The code of the widget that manages it (read only). */
    public String getSdkWidgetCode() {
        return sdkWidgetCode;
    }

    public void setSdkWidgetCode(String sdkWidgetCode) {
        this.sdkWidgetCode = sdkWidgetCode;
    }

    /** The user who created it. */
    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    /** When it was created (unix seconds in Kommo). */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** When it was changed last (unix seconds in Kommo). */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
