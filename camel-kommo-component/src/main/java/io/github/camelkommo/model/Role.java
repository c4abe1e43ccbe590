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

/** A role of the account's users: the rights it grants per entity and stage. */
public class Role extends NamedModel {

    @JsonProperty("rights")
    private Map<String, Object> rights;

    @JsonProperty("_embedded")
    private Map<String, Object> embedded;

    /** The rights: per entity ({@code leads}, {@code contacts}, {@code companies}, {@code tasks}) levels A, G, M or D, {@code mail_access}, {@code catalog_access}, {@code status_rights}. */
    public Map<String, Object> getRights() {
        return rights;
    }

    public void setRights(Map<String, Object> rights) {
        this.rights = rights;
    }

    /** The users who have it ({@code with=users}). */
    public Map<String, Object> getEmbedded() {
        return embedded;
    }

    public void setEmbedded(Map<String, Object> embedded) {
        this.embedded = embedded;
    }
}
