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
package io.github.camelkommo.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import io.github.camelkommo.internal.client.TokenEndpoint;

/**
 * The consent step of OAuth 2.0, "connect your Kommo account": {@link #consentUrl()} is where an administrator allows
 * the integration; Kommo then redirects the browser to the redirect URI with {@code code}, {@code state},
 * {@code referer} (the account's host) and {@code client_id}, and {@link #complete(Map)} checks the state, exchanges
 * the code at that account and stores the tokens in the component's token store, where the routes of the account
 * take them up at once. Uses the component's clientId, clientSecret, redirectUri and tokenStore.
 */
public final class KommoConsent {

    /** How long a state is accepted: as long as Kommo's codes live (K-OAUTH). */
    public static final Duration STATE_LIFETIME = Duration.ofMinutes(20);
    private static final Pattern REFERER = Pattern
            .compile("([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\\.(kommo\\.com|amocrm\\.ru|amocrm\\.com)");

    private final KommoComponent component;
    private final Map<String, Instant> states = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public KommoConsent(KommoComponent component) {
        this.component = component;
    }

    /** A new state for one consent, remembered for {@link #STATE_LIFETIME}. */
    public String newState() {
        Instant now = Instant.now();
        states.values().removeIf(until -> until.isBefore(now));
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        states.put(state, now.plus(STATE_LIFETIME));
        return state;
    }

    /**
     * Kommo's consent page for the component's integration, with a new state: {@code https://www.kommo.com/oauth}
     * ({@code https://www.amocrm.ru/oauth} when the component's domain is amocrm.ru).
     */
    public URI consentUrl() {
        KommoConfiguration config = component.getConfiguration();
        URI account = URI.create("https://x." + (config.getDomain() == null ? KommoConfiguration.DEFAULT_DOMAIN
                                                                            : config.getDomain()));
        return consentUrl(URI.create(TokenEndpoint.consentPage(account)));
    }

    /** Another consent page (a sandbox's {@code /__sandbox/oauth/authorize}) with the integration and a new state. */
    public URI consentUrl(URI consentPage) {
        String clientId = URLEncoder.encode(String.valueOf(component.getConfiguration().getClientId()),
                StandardCharsets.UTF_8);
        return URI.create(consentPage + (consentPage.getRawQuery() == null ? "?" : "&") + "client_id=" + clientId
                          + "&state=" + newState() + "&mode=post_message");
    }

    /**
     * Completes a consent from the redirect's query parameters ({@code code}, {@code state}, {@code referer},
     * {@code client_id}, or {@code error}): checks them, exchanges the code and stores the tokens.
     *
     * @return the stored pair (its {@code toString()} shows no token)
     * @throws KommoException when the user declined, the state is unknown or expired, the referer is not a Kommo
     *                        account, or Kommo refused the code
     *                        ({@link KommoReauthorizationRequiredException})
     */
    public KommoTokens complete(Map<String, ?> parameters) throws KommoException {
        String error = text(parameters, "error");
        if (error != null) {
            throw new KommoException("The Kommo consent was not given (error=" + error + "): nothing was stored");
        }
        String state = text(parameters, "state");
        Instant until = state == null ? null : states.remove(state);
        if (until == null || until.isBefore(Instant.now())) {
            throw new KommoException("The Kommo consent redirect carries an unknown, used or expired state: refused "
                                     + "(start again from the consent URL)");
        }
        KommoConfiguration config = component.getConfiguration().copy();
        String clientId = text(parameters, "client_id");
        if (clientId != null && !clientId.equals(config.getClientId())) {
            throw new KommoException(
                    "The Kommo consent redirect is for another integration (client_id " + clientId + ")");
        }
        String code = text(parameters, "code");
        if (code == null) {
            throw new KommoException("The Kommo consent redirect carries no code");
        }
        String referer = text(parameters, "referer");
        String domain = null;
        if (referer != null) {
            Matcher m = REFERER.matcher(referer.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                // the code and the client secret go to this host: only a Kommo account's host is accepted
                throw new KommoException(
                        "The Kommo consent redirect names a referer that is not a Kommo account's host "
                                         + "({subdomain}.kommo.com, .amocrm.ru or .amocrm.com): refused");
            }
            domain = m.group(0);
            if (config.getBaseUrl() == null || config.getBaseUrl().isBlank()) {
                config.setSubdomain(m.group(1));
                config.setDomain(m.group(2));
            }
        } else if ((config.getBaseUrl() == null || config.getBaseUrl().isBlank()) && config.getSubdomain() == null) {
            throw new KommoException("The Kommo consent redirect carries no referer and no subdomain is configured");
        }
        config.setAuthorizationCode(null);
        return component.accounts().client(config).authorize(code, domain);
    }

    private static String text(Map<String, ?> parameters, String name) {
        Object value = parameters.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
