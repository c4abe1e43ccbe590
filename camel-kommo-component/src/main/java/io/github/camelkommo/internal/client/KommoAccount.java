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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.github.camelkommo.KommoConfiguration;

/**
 * One Kommo account as the component talks to it: the base URL ({@code https://acme.kommo.com}) and its credentials,
 * a long-lived token or OAuth 2.0 settings. Two endpoints with the same base URL and token (or the same OAuth client and
 * token store) are the same account and share one client, one request budget and one token refresh. No secret ever
 * appears in {@link #toString()}.
 */
public final class KommoAccount {

    /** The domains Kommo serves accounts on. */
    public static final Set<String> DOMAINS = Set.of("kommo.com", "amocrm.ru", "amocrm.com");
    /** The environment variable that gives the subdomain when none is configured. */
    public static final String ENV_SUBDOMAIN = "KOMMO_SUBDOMAIN";
    /** The environment variable that gives the token when none is configured. */
    public static final String ENV_TOKEN = "KOMMO_API_KEY";

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final URI baseUrl;
    private final String token;
    private final OAuthSettings oauth;

    private KommoAccount(URI baseUrl, String token, OAuthSettings oauth) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.oauth = oauth;
    }

    /**
     * Resolves and checks the account of a configuration, before any request is sent.
     *
     * @param  environment              looks up an environment variable; returns null when unset
     * @throws IllegalArgumentException naming what is missing or wrong and what is accepted
     */
    public static KommoAccount of(KommoConfiguration configuration, UnaryOperator<String> environment) {
        OAuthSettings oauth = oauthOf(configuration);
        String token = oauth != null ? null
                                     : firstNonBlank(configuration.getAccessToken(), environment.apply(ENV_TOKEN));
        if (token == null && oauth == null) {
            throw new IllegalArgumentException(
                    "No Kommo access token: set the accessToken option (component or endpoint) "
                                               + "or the environment variable " + ENV_TOKEN);
        }
        if (token != null && token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("The Kommo access token contains spaces or control characters; "
                                               + "copy the token alone, without 'Bearer ' or line breaks");
        }
        String baseUrl = configuration.getBaseUrl();
        if (baseUrl != null && !baseUrl.isBlank()) {
            return new KommoAccount(checkBaseUrl(baseUrl.trim()), token, oauth);
        }
        String subdomain = firstNonBlank(configuration.getSubdomain(), environment.apply(ENV_SUBDOMAIN));
        if (subdomain == null) {
            throw new IllegalArgumentException(
                    "No Kommo account: set the subdomain option (acme for https://acme.kommo.com), "
                                               + "the environment variable " + ENV_SUBDOMAIN + ", or baseUrl");
        }
        String label = subdomain.toLowerCase(Locale.ROOT);
        if (!HOST_LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(
                    "Invalid subdomain '" + subdomain + "': it must be a plain host label of "
                                               + "letters, digits and inner hyphens (acme for https://acme.kommo.com)");
        }
        String domain = configuration.getDomain() == null ? KommoConfiguration.DEFAULT_DOMAIN
                                                          : configuration.getDomain().toLowerCase(Locale.ROOT);
        if (!DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("Unknown domain '" + configuration.getDomain() + "': use one of "
                                               + String.join(", ", DOMAINS.stream().sorted().toList()));
        }
        return new KommoAccount(URI.create("https://" + label + "." + domain), token, oauth);
    }

    /** The OAuth settings when clientId is set, checked; null for a long-lived token. */
    private static OAuthSettings oauthOf(KommoConfiguration c) {
        String clientId = firstNonBlank(c.getClientId(), null);
        if (clientId == null) {
            return null;
        }
        if (firstNonBlank(c.getAccessToken(), null) != null) {
            throw new IllegalArgumentException(
                    "Set either accessToken (a long-lived token) or clientId with clientSecret "
                                               + "(OAuth 2.0), not both");
        }
        String secret = firstNonBlank(c.getClientSecret(), null);
        String redirect = firstNonBlank(c.getRedirectUri(), null);
        if (secret == null || redirect == null) {
            throw new IllegalArgumentException("OAuth 2.0 needs clientSecret and redirectUri besides clientId (the "
                                               + "integration's Keys and scopes tab shows them)");
        }
        if (c.getTokenStore() == null) {
            throw new IllegalArgumentException("OAuth 2.0 needs a tokenStore");
        }
        return new OAuthSettings(clientId, secret, redirect, firstNonBlank(c.getRefreshToken(), null),
                firstNonBlank(c.getAuthorizationCode(), null), c.getTokenStore());
    }

    private static URI checkBaseUrl(String given) {
        URI uri;
        String text = shown(given);
        try {
            uri = new URI(withoutApiPath(given));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid baseUrl '" + text + "': " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Invalid baseUrl '" + text + "': use https://host[:port], "
                                               + "or http:// to a loopback address");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "Invalid baseUrl '" + text + "': no user info, query or fragment allowed");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing baseUrl '" + text + "': the token would travel unencrypted; "
                                               + "use https, or http only to a loopback address (127.0.0.1, localhost, [::1])");
        }
        return uri;
    }

    /**
     * The base URL without a trailing slash and without {@code /api/v4}, which every request adds: a URL copied with
     * it (as the sandbox prints its API) works too.
     */
    private static String withoutApiPath(String url) {
        String base = url.replaceAll("/+$", "");
        return base.endsWith("/api/v4") ? base.substring(0, base.length() - "/api/v4".length()) : base;
    }

    /** A base URL as messages may show it: without user info, query or fragment, where credentials would sit. */
    private static String shown(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("[?#].*$", "?***");
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost would need a DNS lookup to judge
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b != null && !b.isBlank() ? b.trim() : null;
    }

    /** The account's base URL, without {@code /api/v4}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The long-lived access token, or null with OAuth 2.0. */
    public String token() {
        return token;
    }

    /** The OAuth 2.0 settings, or null with a long-lived token. */
    public OAuthSettings oauth() {
        return oauth;
    }

    /** The account's key in a token store: {@code clientId@host[:port]}; null with a long-lived token. */
    public String storeKey() {
        return oauth == null ? null : oauth.clientId() + "@" + baseUrl.getAuthority();
    }

    /**
     * When a long-lived token expires, if it is a JWT with an {@code exp} claim; empty otherwise and with OAuth 2.0
     * (whose access tokens are refreshed: see the client's token source).
     */
    public Optional<Instant> tokenExpiry() {
        return LongLivedToken.jwtExpiry(token);
    }

    /** The account for messages and metrics: its base URL, never the token. */
    public String name() {
        return baseUrl.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KommoAccount other && baseUrl.equals(other.baseUrl) && Objects.equals(token, other.token)
               && Objects.equals(oauthIdentity(), other.oauthIdentity());
    }

    /** What makes two OAuth settings the same account: client, secret, redirect and store (not the one-off codes). */
    private List<Object> oauthIdentity() {
        return oauth == null ? null : Arrays.asList(oauth.clientId(), oauth.clientSecret(), oauth.redirectUri(),
                oauth.store());
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, token, oauthIdentity());
    }

    @Override
    public String toString() {
        return "KommoAccount[" + baseUrl + "]";
    }
}
