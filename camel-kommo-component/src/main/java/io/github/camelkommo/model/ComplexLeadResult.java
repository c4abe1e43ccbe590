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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What Kommo answers for each lead of a complex create: the ids of the lead and of the contact and company created with it. */
public class ComplexLeadResult extends KommoModel {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("contact_id")
    private Long contactId;

    @JsonProperty("company_id")
    private Long companyId;

    @JsonProperty("request_id")
    private List<String> requestId;

    @JsonProperty("merged")
    private Boolean merged;

    /** The lead's id. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The id of the contact created or matched with the lead. */
    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    /** The id of the company created or matched with the lead. */
    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    /** The request ids the lead stands for (several when duplicates were merged). */
    public List<String> getRequestId() {
        return requestId;
    }

    public void setRequestId(List<String> requestId) {
        this.requestId = requestId;
    }

    /** Whether the lead was merged into an existing one. */
    public Boolean getMerged() {
        return merged;
    }

    public void setMerged(Boolean merged) {
        this.merged = merged;
    }
}
