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
package io.github.camelkommo.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The sandbox's OAuth 2.0 authorization server: registered integrations (client id, secret, redirect URI),
 * authorization codes, and the access/refresh pairs issued from them, all timed on the {@link SandboxClock}.
 * <ul>
 * <li>A code lives 20 minutes and is exchanged once (K-OAUTH).</li>
 * <li>An access token lives {@code accessLifetime} (24 hours, K-OAUTH), a refresh token {@code refreshLifetime}
 * (3 months, K-OAUTH), both from their issue on the sandbox clock.</li>
 * <li>Rotation, strict by default: a refresh token is spent once. Spending it issues a new pair, and from then on it
 * is refused (401, {@code Token has been revoked}), whether or not the new pair was ever used (amocrm-api-php issues
 * #123 and #475, docs/sandbox.md).</li>
 * <li>Rotation, lenient ({@link #setLenientRefresh}), the other reading of the vendor's guide (K-OAUTH: "the old
 * refresh token keeps working until the new one has been used"): the old refresh token is refused once the new pair
 * has been used (its access token accepted by the API, or its refresh token spent). Spent again before that, it
 * issues another pair and the unused one it issued before is revoked (the sandbox's reading: only one live pair per
 * chain).</li>
 * <li>A renamed account ({@link #renameAccount}): token requests addressed to any other host are answered 404, and
 * {@code GET /oauth2/account/current/subdomain} with a live refresh token in {@code X-Refresh-Token} names the new
 * host, as amocrm-api-php asks it after a 401 or 404 (docs/sandbox.md). Access tokens carry the {@code api_domain}
 * claim that says where to ask.</li>
 * <li>{@link #revokeAll()} is the administrator deactivating the integration: every token is refused (401).</li>
 * </ul>
 * Thread-safe: every method is synchronized.
 */
public final class OAuthAuthority {

    /** The error type URI of Kommo's token endpoint problems, as seen in real answers (docs/sandbox.md). */
    public static final String PROBLEM_TYPE = "https://developers.amocrm.ru/v3/errors/OAuthProblemJson";
    static final String PROBLEM_TITLE = "Некорректный запрос";
    static final String PROBLEM_DETAIL = "В запросе отсутствует ряд параметров или параметры невалидны";
    /** How long an authorization code may be exchanged (K-OAUTH). */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(20);

    /** A registered integration. */
    public record Client(String clientId, String clientSecret, String redirectUri) {
        public Client {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(redirectUri, "redirectUri");
        }
    }

    /** An issued authorization code, as the redirect carries it. */
    public record IssuedCode(String code, String clientId, String referer, String state, String redirectUri) {

        /** The redirect Kommo sends the browser to on "Allow". */
        public String location() {
            return redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code + "&state="
                   + java.net.URLEncoder.encode(state == null ? "" : state, StandardCharsets.UTF_8)
                   + "&referer=" + referer + "&client_id=" + clientId;
        }
    }

    /** A failed token request: the status and Kommo's problem body. */
    public static final class OAuthError extends RuntimeException {
        private final int status;
        private final String hint;

        public OAuthError(int status, String hint) {
            super(hint, null, false, false);
            this.status = status;
            this.hint = hint;
        }

        public int status() {
            return status;
        }

        /** {@code {"hint","title","type","status","detail"}}, the shape real Kommo answers send. */
        public ObjectNode body() {
            ObjectNode body = Json.object();
            body.put("hint", hint);
            body.put("title", PROBLEM_TITLE);
            body.put("type", PROBLEM_TYPE);
            body.put("status", status);
            body.put("detail", PROBLEM_DETAIL);
            return body;
        }
    }

    private static final class Code {
        final IssuedCode issued;
        final long expiresAt;
        boolean used;

        Code(IssuedCode issued, long expiresAt) {
            this.issued = issued;
            this.expiresAt = expiresAt;
        }
    }

    private static final class Grant {
        final String clientId;
        final String accessToken;
        final String refreshToken;
        final long accessExpiresAt;
        final long refreshExpiresAt;
        final Grant parent;
        Grant child;
        boolean used;
        boolean revoked;

        Grant(String clientId, String accessToken, String refreshToken, long accessExpiresAt, long refreshExpiresAt,
              Grant parent) {
            this.clientId = clientId;
            this.accessToken = accessToken;
            this.refreshToken = refreshToken;
            this.accessExpiresAt = accessExpiresAt;
            this.refreshExpiresAt = refreshExpiresAt;
            this.parent = parent;
        }
    }

    private final SandboxClock clock;
    private final String referer;
    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Grant> byAccess = new HashMap<>();
    private final Map<String, Grant> byRefresh = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private long accessLifetime;
    private long refreshLifetime;
    private int tokensIssued;
    private boolean lenientRefresh;
    private long accountId;
    private String apiDomain;
    private String accountDomain;

    /**
     * @param referer the account's host as the redirect names it ({@code sandbox.kommo.com})
     */
    public OAuthAuthority(SandboxClock clock, String referer, Iterable<Client> clients, Duration accessLifetime,
                          Duration refreshLifetime) {
        this.clock = clock;
        this.referer = referer;
        clients.forEach(c -> this.clients.put(c.clientId(), c));
        this.accessLifetime = accessLifetime.toSeconds();
        this.refreshLifetime = refreshLifetime.toSeconds();
    }

    /** The registered integrations. */
    public synchronized Map<String, Client> clients() {
        return Map.copyOf(clients);
    }

    /**
     * Issues an authorization code as the consent page does when the user presses "Allow" (the inspection API's
     * {@code POST /__sandbox/oauth/codes}).
     *
     * @param clientId the integration, or null for the first registered one
     */
    public synchronized IssuedCode issueCode(String clientId, String state) {
        Client client = clientId == null ? clients.values().iterator().next() : clients.get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("No integration with client_id " + clientId + " is registered");
        }
        IssuedCode issued = new IssuedCode("def5" + randomText(96), client.clientId(), referer, state,
                client.redirectUri());
        codes.put(issued.code(), new Code(issued, clock.nowSeconds() + CODE_LIFETIME.toSeconds()));
        return issued;
    }

    /** The answer of {@code POST /oauth2/access_token}; {@link OAuthError} when Kommo would refuse it. */
    public synchronized ObjectNode token(Map<String, String> body) {
        Client client = client(body);
        String grantType = body.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw new OAuthError(400, "Check the `grant_type` parameter");
        }
        Grant grant = switch (grantType) {
            case "authorization_code" -> exchange(client, required(body, "code"));
            case "refresh_token" -> refresh(client, required(body, "refresh_token"));
            default -> throw new OAuthError(400, "Unsupported grant type");
        };
        ObjectNode answer = Json.object();
        answer.put("token_type", "Bearer");
        answer.put("expires_in", accessLifetime);
        answer.put("server_time", clock.nowSeconds());
        answer.put("access_token", grant.accessToken);
        answer.put("refresh_token", grant.refreshToken);
        return answer;
    }

    private Client client(Map<String, String> body) {
        String id = required(body, "client_id");
        String secret = required(body, "client_secret");
        Client client = clients.get(id);
        if (client == null || !client.clientSecret().equals(secret)) {
            throw new OAuthError(401, "Client authentication failed");
        }
        String redirect = required(body, "redirect_uri");
        if (!client.redirectUri().equals(redirect)) {
            throw new OAuthError(401, "Client authentication failed");
        }
        return client;
    }

    private static String required(Map<String, String> body, String key) {
        String value = body.get(key);
        if (value == null || value.isBlank()) {
            throw new OAuthError(400, "Check the `" + key + "` parameter");
        }
        return value;
    }

    private Grant exchange(Client client, String codeText) {
        Code code = codes.get(codeText);
        if (code == null || !code.issued.clientId().equals(client.clientId())) {
            throw new OAuthError(400, "Cannot decrypt the authorization code");
        }
        if (code.used) {
            throw new OAuthError(400, "Authorization code has been revoked");
        }
        if (code.expiresAt <= clock.nowSeconds()) {
            throw new OAuthError(400, "Authorization code has expired");
        }
        code.used = true;
        return issue(client.clientId(), null);
    }

    private Grant refresh(Client client, String refreshToken) {
        Grant grant = byRefresh.get(refreshToken);
        if (grant == null) {
            throw new OAuthError(401, "Cannot decrypt the refresh token");
        }
        if (!grant.clientId.equals(client.clientId())) {
            throw new OAuthError(401, "Token is not linked to client");
        }
        if (grant.revoked) {
            throw new OAuthError(401, "Token has been revoked");
        }
        if (grant.refreshExpiresAt <= clock.nowSeconds()) {
            throw new OAuthError(401, "Token has expired");
        }
        if (grant.child != null) {
            if (!lenientRefresh) {
                throw new OAuthError(401, "Token has been revoked"); // spent once already (strict)
            }
            if (grant.child.used) {
                grant.revoked = true;
                throw new OAuthError(401, "Token has been revoked");
            }
            revoke(grant.child); // lenient: spent again before its pair was used, that pair is replaced
        }
        used(grant);
        Grant child = issue(client.clientId(), grant);
        grant.child = child;
        return child;
    }

    private Grant issue(String clientId, Grant parent) {
        long now = clock.nowSeconds();
        String access = jwt(clientId, now, now + accessLifetime);
        Grant grant = new Grant(clientId, access, "def5" + randomText(160), now + accessLifetime,
                now + refreshLifetime, parent);
        byAccess.put(grant.accessToken, grant);
        byRefresh.put(grant.refreshToken, grant);
        tokensIssued++;
        return grant;
    }

    /** The pair was used: the refresh token it came from is spent for good. */
    private static void used(Grant grant) {
        grant.used = true;
        if (grant.parent != null) {
            grant.parent.revoked = true;
        }
    }

    private void revoke(Grant grant) {
        grant.revoked = true;
        byAccess.remove(grant.accessToken);
        byRefresh.remove(grant.refreshToken);
    }

    /**
     * Whether the API accepts this bearer token: an issued access token, not revoked, not expired on the sandbox
     * clock. Accepting it counts as using its pair.
     */
    public synchronized boolean accepts(String accessToken) {
        Grant grant = byAccess.get(accessToken);
        if (grant == null || grant.revoked || grant.accessExpiresAt <= clock.nowSeconds()) {
            return false;
        }
        used(grant);
        return true;
    }

    /** The integration is deactivated: every issued token and code is refused from now on. */
    public synchronized void revokeAll() {
        byAccess.values().forEach(g -> g.revoked = true);
        codes.values().forEach(c -> c.used = true);
    }

    /**
     * Whether a spent refresh token keeps working until the pair it issued is used (lenient) rather than being refused
     * at once (strict, the default).
     */
    public synchronized void setLenientRefresh(boolean lenient) {
        this.lenientRefresh = lenient;
    }

    /** Whether refresh tokens are read leniently (see {@link #setLenientRefresh}). */
    public synchronized boolean isLenientRefresh() {
        return lenientRefresh;
    }

    /**
     * The account's id and the host of the shared API that access tokens name in their {@code api_domain} claim (the
     * sandbox's own {@code host:port}).
     */
    public synchronized void setAccount(long accountId, String apiDomain) {
        this.accountId = accountId;
        this.apiDomain = apiDomain;
    }

    /**
     * The account is renamed: from now on it answers token requests only on {@code domain} ({@code host[:port]},
     * e.g. {@code localhost:8080} for a sandbox reached as {@code 127.0.0.1:8080} before), and the subdomain
     * look-up names it.
     */
    public synchronized void renameAccount(String domain) {
        if (domain == null || domain.isBlank() || !domain.matches("[A-Za-z0-9.-]+(:[0-9]+)?")) {
            throw new IllegalArgumentException("domain must be host[:port], e.g. localhost:8080, not " + domain);
        }
        this.accountDomain = domain.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether token requests addressed to this host (the {@code Host} header) reach the account. */
    public synchronized boolean servesHost(String host) {
        return accountDomain == null || host == null || accountDomain.equalsIgnoreCase(host);
    }

    /**
     * The answer of {@code GET /oauth2/account/current/subdomain}: {@code id}, {@code subdomain}, {@code domain} (the
     * {@code host[:port]} the account answers on: where it was renamed to, else the sandbox's own) and
     * {@code top_level_domain} of the account whose live refresh token this is (issued, not spent, revoked or
     * expired); {@link OAuthError} 401 otherwise.
     */
    public synchronized ObjectNode accountDomain(String refreshToken) {
        Grant grant = refreshToken == null ? null : byRefresh.get(refreshToken);
        if (grant == null || grant.revoked || grant.refreshExpiresAt <= clock.nowSeconds()
            || grant.child != null && !lenientRefresh) {
            throw new OAuthError(401, "Check the `X-Refresh-Token` header: a live refresh token");
        }
        String domain = accountDomain != null ? accountDomain : apiDomain != null ? apiDomain : referer;
        String label = (accountDomain != null ? accountDomain : referer).split("[.:]", 2)[0];
        ObjectNode answer = Json.object();
        answer.put("id", accountId);
        answer.put("subdomain", label);
        answer.put("domain", domain);
        answer.put("top_level_domain", referer.substring(referer.lastIndexOf('.') + 1));
        return answer;
    }

    /** How many pairs were issued (codes exchanged plus refreshes) since the start or the last reset. */
    public synchronized int tokensIssued() {
        return tokensIssued;
    }

    /** Changes the lifetimes of pairs issued from now on. */
    public synchronized void setLifetimes(Duration access, Duration refresh) {
        this.accessLifetime = access.toSeconds();
        this.refreshLifetime = refresh.toSeconds();
    }

    /** Forgets every code and token, and a rename. */
    public synchronized void reset() {
        accountDomain = null;
        codes.clear();
        byAccess.clear();
        byRefresh.clear();
        tokensIssued = 0;
    }

    /**
     * An unsigned JWT-shaped token with {@code iat}, {@code exp}, {@code aud} and {@code api_domain}, as Kommo's access
     * tokens are JWTs (amocrm-api-php reads {@code api_domain} from them: docs/sandbox.md).
     */
    private String jwt(String clientId, long issuedAt, long expiresAt) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        ObjectNode claims = Json.object();
        claims.put("aud", clientId);
        claims.put("jti", randomText(24));
        claims.put("iat", issuedAt);
        claims.put("exp", expiresAt);
        if (apiDomain != null) {
            claims.put("api_domain", apiDomain);
        }
        return header + "." + b64.encodeToString(Json.bytes(claims)) + "." + randomText(32);
    }

    private String randomText(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).substring(0, bytes);
    }
}
