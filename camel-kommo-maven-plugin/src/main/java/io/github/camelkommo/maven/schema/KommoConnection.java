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
package io.github.camelkommo.maven.schema;

import io.github.camelkommo.KommoConfiguration;

/**
 * Which account to read, as the plugin's parameters give it. Unset values fall back as the component's do: the
 * subdomain to {@code KOMMO_SUBDOMAIN}, the token to {@code KOMMO_API_KEY}.
 *
 * @param baseUrl     the API's base URL (a sandbox's, or a proxy's); overrides subdomain and domain
 * @param subdomain   the account's subdomain
 * @param domain      kommo.com, amocrm.ru or amocrm.com
 * @param accessToken the long-lived token
 */
public record KommoConnection(String baseUrl, String subdomain, String domain, String accessToken) {

    /** The component options for this account. */
    public KommoConfiguration configuration() {
        KommoConfiguration configuration = new KommoConfiguration();
        configuration.setBaseUrl(blankToNull(baseUrl));
        configuration.setSubdomain(blankToNull(subdomain));
        if (blankToNull(domain) != null) {
            configuration.setDomain(domain.trim());
        }
        configuration.setAccessToken(blankToNull(accessToken));
        return configuration;
    }

    /** Where the account is, for messages: never the token. */
    public String describe() {
        if (blankToNull(baseUrl) != null) {
            return baseUrl.trim();
        }
        String sub = blankToNull(subdomain) != null ? subdomain.trim() : blankToNull(System.getenv("KOMMO_SUBDOMAIN"));
        return sub == null ? "the account (no subdomain set)"
                           : "https://" + sub.trim() + "."
                             + (blankToNull(domain) != null ? domain.trim() : "kommo.com");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
