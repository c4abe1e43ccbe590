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

/** A short link to an address, made for a contact (Kommo's amo.sh links). */
public class ShortLink extends KommoModel {

    @JsonProperty("url")
    private String url;

    @JsonProperty("metadata")
    private Map<String, Object> metadata;

    @JsonProperty("account_id")
    private Long accountId;

    /** The address to shorten; in the answer, the short link. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Whom it is for: {@code entity_type} (contacts) and {@code entity_id}. */
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }

    /** The account it belongs to (read only). */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
