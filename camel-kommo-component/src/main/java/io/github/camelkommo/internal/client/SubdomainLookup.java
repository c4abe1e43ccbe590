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
package io.github.camelkommo.internal.client;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.auth.KommoTokens;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Kommo where an account lives now, after its token endpoint answered 401 or 404 (the account's subdomain may have
 * changed): {@code GET https://<api_domain>/oauth2/account/current/subdomain} with the refresh token in
 * {@code X-Refresh-Token}, where {@code api_domain} is a claim of the access token. The official PHP library does
 * exactly this before it gives up on a refresh (amocrm-api-php 1354d8a7, {@code src/AmoCRM/OAuth/AmoCRMOAuth.php}
 * lines 174–185 in {@code getAccessTokenByRefreshToken}, 507–545 {@code getAccountDomainByRefreshToken}, 669–695
 * {@code getSharedApiDomain}; docs/sandbox.md). The refresh token goes only to a Kommo host (or to loopback, where a
 * sandbox runs).
 */
final class SubdomainLookup {

    static final String PATH = "/oauth2/account/current/subdomain";
    private static final Logger LOG = LoggerFactory.getLogger(SubdomainLookup.class);
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+(:[0-9]{1,5})?");

    private final KommoHttp http;
    private final ObjectMapper mapper;

    SubdomainLookup(KommoHttp http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    /**
     * The account's base URL now, when Kommo names one other than {@code baseUrl}; empty when it names the same, or
     * cannot be asked (no {@code api_domain} in the access token, no refresh token, no answer, a refusal).
     */
    Optional<URI> renamed(URI baseUrl, KommoTokens stored) {
        Optional<URI> apiDomain = LongLivedToken.jwtClaims(stored.accessToken())
                .map(claims -> claims.path("api_domain").asText(null)).flatMap(host -> kommoHost(baseUrl, host));
        if (apiDomain.isEmpty() || stored.refreshToken() == null) {
            LOG.debug("Cannot ask where {} lives now: the access token names no api_domain", baseUrl);
            return Optional.empty();
        }
        try {
            JsonNode answer = http.client().execute(ClassicRequestBuilder.get(apiDomain.get().resolve(PATH))
                    .addHeader(HttpHeaders.ACCEPT, "application/json")
                    .addHeader("X-Refresh-Token", stored.refreshToken())
                    .build(), response -> {
                        byte[] body = response.getEntity() == null ? new byte[0]
                                                                   : EntityUtils.toByteArray(response.getEntity());
                        return response.getCode() == 200 ? mapper.readTree(body) : null;
                    });
            Optional<URI> now = answer == null ? Optional.empty()
                                               : kommoHost(baseUrl, answer.path("domain").asText(null));
            return now.filter(uri -> !uri.getAuthority().equalsIgnoreCase(baseUrl.getAuthority()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not ask Kommo where {} lives now: {}", baseUrl, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * {@code host[:port]} as a base URL: https, or the account's own scheme on loopback; empty unless it is a host of
     * Kommo's domains or loopback.
     */
    private static Optional<URI> kommoHost(URI baseUrl, String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(lower).matches()) {
            return Optional.empty();
        }
        String name = lower.replaceFirst(":[0-9]+$", "");
        if (KommoAccount.isLoopback(name)) {
            return Optional.of(URI.create(baseUrl.getScheme() + "://" + lower));
        }
        boolean kommo = KommoAccount.DOMAINS.stream().anyMatch(domain -> name.endsWith("." + domain));
        return kommo ? Optional.of(URI.create("https://" + lower)) : Optional.empty();
    }
}
