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
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST {account}/oauth2/access_token} (K-TOKEN): exchanges a code or spends a refresh token, with a JSON body.
 * It does not pass the account's request budget: Kommo's 7 requests per second are a limit of API calls under
 * {@code /api/v4}, and a refresh happens once a day per account. It does pass the account's block: nothing is sent
 * while the account's 403 circuit is open, and a 403 from the token endpoint (Kommo's block covers it) opens it.
 * Nothing here is retried, except a refresh answered 401 or 404 when Kommo names a new host for the account (it was
 * renamed): then the account moves there and the refresh is sent once more.
 */
public final class TokenEndpoint {

    static final String PATH = "/oauth2/access_token";
    private static final String REFRESH = "refresh the tokens";
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

    private final AccountAddress address;
    private final KommoHttp http;
    private final ObjectMapper mapper;
    private final OAuthSettings settings;
    private final KommoErrorMapper errors;
    private final AccountBlock block;
    private final SubdomainLookup lookup;

    TokenEndpoint(AccountAddress address, KommoHttp http, ObjectMapper mapper, OAuthSettings settings,
                  AccountBlock block) {
        this.address = address;
        this.http = http;
        this.mapper = mapper;
        this.settings = settings;
        this.errors = new KommoErrorMapper(mapper);
        this.block = block;
        this.lookup = new SubdomainLookup(http, mapper);
    }

    /** Exchanges an authorization code for the first pair. */
    KommoTokens exchange(String code, String domain) throws KommoException {
        ObjectNode body = body("authorization_code");
        body.put("code", code);
        return post(body, domain, "exchange the authorization code");
    }

    /**
     * Spends the stored refresh token for the next pair. A 401 or 404 may mean the account was renamed: Kommo is asked
     * where it lives now ({@link SubdomainLookup}), and if that is elsewhere, the account moves there and the refresh
     * is sent there once more.
     */
    KommoTokens refresh(KommoTokens stored) throws KommoException {
        ObjectNode body = body("refresh_token");
        body.put("refresh_token", stored.refreshToken());
        try {
            return post(body, stored.domain(), REFRESH);
        } catch (KommoReauthorizationRequiredException refused) {
            if (refused.getStatusCode() != 401 && refused.getStatusCode() != 404) {
                throw refused;
            }
            URI before = address.baseUrl();
            URI now = lookup.renamed(before, stored).orElseThrow(() -> refused);
            address.moveTo(now);
            LOG.info("Kommo account renamed from {} to {}; the refresh is sent there once more (set the subdomain or "
                     + "baseUrl to the new name)",
                    before, now);
            return post(body, now.getHost(), REFRESH);
        }
    }

    private ObjectNode body(String grantType) {
        ObjectNode body = mapper.createObjectNode();
        body.put("client_id", settings.clientId());
        body.put("client_secret", settings.clientSecret());
        body.put("grant_type", grantType);
        body.put("redirect_uri", settings.redirectUri());
        return body;
    }

    private KommoTokens post(ObjectNode body, String domain, String what) throws KommoException {
        String call = "POST " + PATH;
        URI baseUrl = address.baseUrl();
        String account = baseUrl.toString();
        if (block.isBlocked()) {
            String detail = "not sent: Kommo blocks the account " + account + " (it answered 403), so no token "
                            + "request is sent until the forbiddenCooldown ends";
            throw new KommoForbiddenException(call, 403, "Forbidden", detail, null, null);
        }
        long start = System.nanoTime();
        try {
            return http.client().execute(ClassicRequestBuilder.post(URI.create(baseUrl + PATH))
                    .addHeader(HttpHeaders.ACCEPT, "application/json, application/problem+json")
                    .setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(body), ContentType.APPLICATION_JSON))
                    .build(), response -> {
                        int status = response.getCode();
                        byte[] bytes = response.getEntity() == null ? null
                                                                    : EntityUtils.toByteArray(response.getEntity());
                        String requestId = response.getFirstHeader("X-Request-Id") == null ? null
                                                                                           : response.getFirstHeader(
                                                                                                   "X-Request-Id")
                                                                                                   .getValue();
                        LOG.debug("{} of {} -> {} in {} ms", call, account, status,
                                (System.nanoTime() - start) / 1_000_000);
                        if (status == 200) {
                            return tokens(call, bytes, domain, requestId);
                        }
                        throw new Failure(failure(baseUrl, call, status, bytes, requestId, what));
                    });
        } catch (Failure f) {
            if (f.error instanceof KommoForbiddenException forbidden) {
                block.blocked(forbidden); // Kommo's block covers the token endpoint: no per-endpoint rights there
            }
            throw f.error;
        } catch (InterruptedIOException e) {
            throw new KommoConnectionException(call + " of " + account + " got no answer in time", e);
        } catch (IOException e) {
            throw new KommoConnectionException(
                    call + " of " + account + " failed on the connection: " + e.getClass().getSimpleName(), e);
        }
    }

    private KommoTokens tokens(String call, byte[] bytes, String domain, String requestId) throws Failure {
        JsonNode answer;
        try {
            answer = bytes == null ? mapper.missingNode() : mapper.readTree(bytes);
        } catch (IOException e) {
            answer = mapper.missingNode();
        }
        String access = answer.path("access_token").asText(null);
        String refresh = answer.path("refresh_token").asText(null);
        long expiresIn = answer.path("expires_in").asLong(0);
        if (access == null || refresh == null || expiresIn <= 0) {
            // the body holds tokens: it is not kept in the exception
            throw new Failure(new KommoApiException(call, 200, "Unreadable answer",
                    "Kommo's token answer lacks access_token, refresh_token or expires_in", requestId, null));
        }
        return new KommoTokens(access, refresh, Instant.now().plusSeconds(expiresIn), domain);
    }

    private KommoException failure(URI baseUrl, String call, int status, byte[] bytes, String requestId,
                                   String what) {
        if (status == 400 || status == 401 || status == 404) {
            JsonNode problem;
            try {
                problem = bytes == null ? mapper.missingNode() : mapper.readTree(bytes);
            } catch (IOException e) {
                problem = mapper.missingNode();
            }
            String hint = problem.path("hint").asText(problem.path("error").asText(null));
            String title = problem.path("title").asText(null);
            String detail = problem.path("detail").asText(problem.path("error_description").asText(null));
            String why = what.equals(REFRESH) ? spent(baseUrl) : "Kommo refused to " + what + " of " + baseUrl + ". ";
            return new KommoReauthorizationRequiredException(call, status, title, detail, hint, requestId,
                    bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
                    why + steps(settings.clientId(), baseUrl));
        }
        return errors.map(call, status, bytes, requestId, null);
    }

    /** Why Kommo refuses a stored refresh token. */
    private static String spent(URI account) {
        return "Kommo refused the stored refresh token of " + account + ". Kommo accepts each refresh token once: "
               + "it was most likely spent already, by a process that crashed after Kommo answered its refresh and "
               + "before the new pair reached the token store, or by another client of this integration that does "
               + "not share the token store; or it expired (unused for three months), or the integration was "
               + "deactivated. Run the consent step again. ";
    }

    /** What a person does to authorise the integration again. */
    static String steps(String clientId, URI account) {
        return "Nothing retries this: authorise the integration again. As an administrator of the account, open "
               + consentPage(account) + "?client_id=" + clientId + "&state=<random> (or press the integration's "
               + "install button) and allow access; the redirect to redirectUri brings a code (valid 20 minutes) that "
               + "KommoConsent (or the authorizationCode option) exchanges and stores. Check also that clientId, "
               + "clientSecret and redirectUri match the integration and that it was not deactivated";
    }

    /** Kommo's consent page for an account: www.amocrm.ru for amoCRM Russia, www.kommo.com otherwise (K-OAUTH). */
    public static String consentPage(URI account) {
        String host = account.getHost() == null ? "" : account.getHost();
        return host.endsWith(".amocrm.ru") ? "https://www.amocrm.ru/oauth" : "https://www.kommo.com/oauth";
    }

    /** Carries a typed failure out of HttpClient's response handler. */
    private static final class Failure extends IOException {
        private final KommoException error;

        Failure(KommoException error) {
            super(error.getMessage());
            this.error = error;
        }
    }
}
