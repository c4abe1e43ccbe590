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

/** A user of the Kommo account. */
public class User extends NamedModel {

    @JsonProperty("email")
    private String email;

    @JsonProperty("lang")
    private String lang;

    @JsonProperty("rights")
    private Map<String, Object> rights;

    /** The user's e-mail address. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The user's interface language. */
    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    /** What the user may do. */
    public Map<String, Object> getRights() {
        return rights;
    }

    public void setRights(Map<String, Object> rights) {
        this.rights = rights;
    }
}
