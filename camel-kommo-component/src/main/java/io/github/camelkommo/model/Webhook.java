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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An account webhook (API v4 {@code /api/v4/webhooks}): where Kommo posts which events. Reading it needs an
 * administrator's token.
 */
public class Webhook extends KommoModel {

    @JsonProperty("id")
    private Long id;
    @JsonProperty("destination")
    @Secret // the consumer's hook secret is part of the URL
    private String destination;
    @JsonProperty("settings")
    private List<String> settings;
    @JsonProperty("sort")
    private Integer sort;
    @JsonProperty("disabled")
    private Boolean disabled;
    @JsonProperty("created_by")
    private Long createdBy;
    @JsonProperty("created_at")
    private Long createdAt;
    @JsonProperty("updated_at")
    private Long updatedAt;
    @JsonProperty("account_id")
    private Long accountId;

    /** A webhook to subscribe: this destination, these events ({@code add_lead}, {@code status_lead}, ...). */
    public static Webhook of(String destination, List<String> settings) {
        Webhook hook = new Webhook();
        hook.destination = destination;
        hook.settings = new ArrayList<>(settings);
        return hook;
    }

    public Long getId() {
        return id;
    }

    /** The URL Kommo posts to. */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /** The events posted ({@code add_lead}, {@code update_contact}, ...). */
    public List<String> getSettings() {
        return settings;
    }

    public void setSettings(List<String> settings) {
        this.settings = settings;
    }

    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** Whether Kommo disabled it (after too many failed deliveries); re-saving it in the settings turns it on. */
    public Boolean getDisabled() {
        return disabled;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public Long getAccountId() {
        return accountId;
    }
}
