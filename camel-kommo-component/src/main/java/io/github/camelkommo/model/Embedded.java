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

/** What Kommo embeds in a lead, contact, company or customer: tags, linked entities and a customer's segments. */
public class Embedded extends KommoModel {

    @JsonProperty("tags")
    private List<Tag> tags;

    @JsonProperty("contacts")
    private List<Contact> contacts;

    @JsonProperty("companies")
    private List<Company> companies;

    @JsonProperty("leads")
    private List<Lead> leads;

    @JsonProperty("segments")
    private List<Segment> segments;

    /** Tags; on update the list replaces every tag. */
    public List<Tag> getTags() {
        return tags;
    }

    public void setTags(List<Tag> tags) {
        this.tags = tags;
    }

    /** Linked contacts (on a complex create: the one contact to create with the lead). */
    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts;
    }

    /** Linked companies (on a complex create: the one company to create with the lead). */
    public List<Company> getCompanies() {
        return companies;
    }

    public void setCompanies(List<Company> companies) {
        this.companies = companies;
    }

    /** Linked leads. */
    public List<Lead> getLeads() {
        return leads;
    }

    public void setLeads(List<Lead> leads) {
        this.leads = leads;
    }

    /** A customer's segments (only their ids are sent); on update the list replaces every segment. */
    public List<Segment> getSegments() {
        return segments;
    }

    public void setSegments(List<Segment> segments) {
        this.segments = segments;
    }
}
