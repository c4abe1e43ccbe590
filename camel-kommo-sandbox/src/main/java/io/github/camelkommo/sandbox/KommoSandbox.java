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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.camelkommo.sandbox.internal.http.AddressBlockFilter;
import io.github.camelkommo.sandbox.internal.http.AdminOnlyFilter;
import io.github.camelkommo.sandbox.internal.http.AdminRoutes;
import io.github.camelkommo.sandbox.internal.http.ApiFilter;
import io.github.camelkommo.sandbox.internal.http.ApiHandler;
import io.github.camelkommo.sandbox.internal.http.ApiRoutes;
import io.github.camelkommo.sandbox.internal.http.ApiSwitches;
import io.github.camelkommo.sandbox.internal.http.AuthFilter;
import io.github.camelkommo.sandbox.internal.http.BlockFilter;
import io.github.camelkommo.sandbox.internal.http.CustomersModeFilter;
import io.github.camelkommo.sandbox.internal.http.FaultFilter;
import io.github.camelkommo.sandbox.internal.http.InjectedRateLimitFilter;
import io.github.camelkommo.sandbox.internal.http.LatencyFilter;
import io.github.camelkommo.sandbox.internal.http.OAuthRoutes;
import io.github.camelkommo.sandbox.internal.http.PaymentRequiredFilter;
import io.github.camelkommo.sandbox.internal.http.RateLimitFilter;
import io.github.camelkommo.sandbox.internal.http.Router;
import io.github.camelkommo.sandbox.internal.http.SandboxServer;
import io.github.camelkommo.sandbox.internal.http.WebhookRoutes;
import io.github.camelkommo.sandbox.internal.inspect.RequestLog;
import io.github.camelkommo.sandbox.internal.rules.BlockPolicy;
import io.github.camelkommo.sandbox.internal.rules.FaultPlan;
import io.github.camelkommo.sandbox.internal.rules.SlidingWindowLimiter;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.webhooks.SandboxWebhooks;

/**
 * A strict, stateful local emulator of the Kommo API v4, served over HTTP on loopback. Clients call
 * {@code baseUrl() + "/api/v4/..."} with {@code Authorization: Bearer <token()>}. Every API request passes, in order:
 * the latency fault, authentication (401), the token block (403), an injected 429, the rate limiter (429), the
 * other faults, the payment switch (402), the admin-only check of restricted tokens (403), and the router. OAuth 2.0
 * token requests ({@code POST /oauth2/access_token}, see {@link #oauth()}) go straight to their handler. See
 * docs/sandbox.md for every behaviour and the choices made where Kommo's docs
 * are unsure.
 */
public final class KommoSandbox implements AutoCloseable {

    private final String token;
    private final SandboxClock clock;
    private final EntityStore store;
    private final SlidingWindowLimiter limiter;
    private final ApiSwitches switches;
    private final BlockPolicy block;
    private final FaultPlan faultPlan;
    private final RequestLog log;
    private final SandboxServer server;
    private final SandboxData data;
    private final SandboxFaults faults;
    private final SandboxStats stats;
    private final OAuthAuthority oauth;
    private final SandboxWebhooks webhooks;
    private final boolean lenientRefresh;

    private KommoSandbox(Builder b) {
        this.token = b.token;
        this.clock = b.clock;
        this.store = new EntityStore(b.clock, b.seed);
        this.limiter = new SlidingWindowLimiter(b.requestsPerSecond, b.rateWindow.toNanos());
        this.block = new BlockPolicy(b.blocking, b.blockThreshold, b.blockWithin, b.blockDuration);
        this.faultPlan = new FaultPlan();
        this.log = new RequestLog(b.requestLogCapacity, 5_000_000);
        this.data = new SandboxData(store);
        this.faults = new SandboxFaults(faultPlan);
        this.stats = new SandboxStats(log, block);
        this.oauth = new OAuthAuthority(b.clock, store.account().get("subdomain").asText() + ".kommo.com",
                b.oauthClients.isEmpty() ? List.of(Builder.DEFAULT_OAUTH_CLIENT) : b.oauthClients,
                b.accessTokenLifetime, b.refreshTokenLifetime);
        this.switches = new ApiSwitches(b.ignoreIfModifiedSince, b.paymentRequired);
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(b.token);
        tokens.addAll(b.additionalTokens);
        tokens.addAll(b.restrictedTokens);
        this.server = new SandboxServer(b.host, b.port, b.workerThreads);
        this.webhooks = new SandboxWebhooks(store, b.clock);
        Router apiRoutes = ApiRoutes.build(store, switches);
        WebhookRoutes.api(apiRoutes, webhooks);
        ApiHandler api = ApiFilter.chain(List.of(
                new LatencyFilter(faultPlan),
                new AuthFilter(tokens, oauth::accepts),
                new BlockFilter(block),
                new InjectedRateLimitFilter(faultPlan),
                new RateLimitFilter(limiter, block),
                new FaultFilter(faultPlan),
                new PaymentRequiredFilter(switches),
                new AdminOnlyFilter(b.restrictedTokens),
                new CustomersModeFilter(store)),
                apiRoutes);
        this.lenientRefresh = b.lenientRefresh;
        oauth.setLenientRefresh(lenientRefresh);
        oauth.setAccount(store.account().get("id").asLong(), URI.create(server.baseUrl()).getAuthority());
        // an IP block covers the token endpoint too (docs/sandbox.md)
        ApiHandler tokenEndpoint = ApiFilter.chain(List.of(new AddressBlockFilter(block)), OAuthRoutes.api(oauth));
        Router admin = AdminRoutes.build(log, limiter, block, this::reset);
        WebhookRoutes.inspection(admin, webhooks);
        ApiHandler oauthAdmin = OAuthRoutes.admin(oauth);
        // /oauth2/access_token takes no bearer token and is outside the /api/v4 rate limit (docs/sandbox.md)
        server.start(
                request -> request.path().startsWith("/oauth2/") ? tokenEndpoint.handle(request) : api.handle(request),
                request -> request.path().startsWith("/__sandbox/oauth/") ? oauthAdmin.handle(request)
                                                                          : admin.handle(request),
                log);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A sandbox with the defaults, on a free port of 127.0.0.1. */
    public static KommoSandbox start() {
        return builder().start();
    }

    /** {@code http://127.0.0.1:<port>}: no trailing slash, without {@code /api/v4}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The main accepted token (default {@code sandbox-token}). */
    public String token() {
        return token;
    }

    /** The account's subdomain, {@code sandbox}. */
    public String subdomain() {
        return store.account().get("subdomain").asText();
    }

    public SandboxData data() {
        return data;
    }

    public SandboxFaults faults() {
        return faults;
    }

    public SandboxStats stats() {
        return stats;
    }

    /** The account's webhooks: the hooks, and every delivery attempt (see docs/sandbox.md, "Webhooks"). */
    public SandboxWebhooks webhooks() {
        return webhooks;
    }

    /**
     * The OAuth 2.0 side: registered integrations, codes ({@link OAuthAuthority#issueCode}), issued tokens, and
     * revocation. {@code POST /oauth2/access_token} serves it over HTTP.
     */
    public OAuthAuthority oauth() {
        return oauth;
    }

    public SandboxClock clock() {
        return clock;
    }

    /**
     * What a list answers when {@code If-Modified-Since} leaves nothing to return: 204 (the default, as v2 did and
     * as this sandbox reads the v4 docs) or 304, the other reading, so clients can be tested against both.
     */
    public void setNotModifiedStatus(int status) {
        if (status != 204 && status != 304) {
            throw new IllegalArgumentException("The not-modified answer is 204 or 304, was " + status);
        }
        switches.notModifiedStatus(status);
    }

    /**
     * With {@code true} the server ignores {@code If-Modified-Since} entirely, answering lists as if the header were
     * absent (for clients that must cope with a server that does not honour it). Default false, or the builder's
     * {@link Builder#ignoreIfModifiedSince(boolean)}.
     */
    public void setIgnoreIfModifiedSince(boolean ignore) {
        switches.ignoreIfModifiedSince(ignore);
    }

    /**
     * With {@code true} every API request (after authentication) is answered 402 with Kommo's documented body
     * {@code {"title":"Payment Required","type":"https://httpstatus.es/402","status":402,"detail":"Payment required"}}:
     * the account's paid or trial period has ended. Default false, or the builder's
     * {@link Builder#paymentRequired(boolean)}.
     */
    public void setPaymentRequired(boolean required) {
        switches.paymentRequired(required);
    }

    /** Changes the rate limit at runtime: requests per token per rate window (1 s by default); 0 = no limit. */
    public void setRequestsPerSecond(int rps) {
        limiter.setLimit(rps);
    }

    /**
     * Data back to the seed (same ids), faults cleared, stats cleared, rate windows emptied, blocks lifted, switches
     * back to the builder's settings (not-modified answer 204).
     */
    public void reset() {
        switches.reset();
        store.reset();
        faultPlan.clear();
        log.clear();
        limiter.clear();
        block.clear();
        oauth.reset();
        oauth.setLenientRefresh(lenientRefresh);
        webhooks.reset();
    }

    /** Stops serving; open connections are closed. */
    @Override
    public void close() {
        server.close();
        webhooks.close();
    }

    /** Settings of a sandbox; {@link #start()} starts it. */
    public static final class Builder {

        private int port;
        private String host = "127.0.0.1";
        private String token = "sandbox-token";
        private final Set<String> additionalTokens = new LinkedHashSet<>();
        private final Set<String> restrictedTokens = new LinkedHashSet<>();
        private boolean ignoreIfModifiedSince;
        private boolean paymentRequired;
        private int requestsPerSecond = 7;
        private Duration rateWindow = Duration.ofSeconds(1);
        private boolean blocking = true;
        private int blockThreshold = 50;
        private Duration blockWithin = Duration.ofMinutes(1);
        private Duration blockDuration = Duration.ofMinutes(1);
        private SandboxClock clock = SandboxClock.system();
        private boolean seed = true;
        private int workerThreads = 8;
        private int requestLogCapacity = 100_000;
        /** The integration registered when none is given. */
        public static final OAuthAuthority.Client DEFAULT_OAUTH_CLIENT = new OAuthAuthority.Client(
                "sandbox-client-id", "sandbox-client-secret", "https://example.com/kommo/oauth");
        private final List<OAuthAuthority.Client> oauthClients = new ArrayList<>();
        private boolean lenientRefresh;
        private Duration accessTokenLifetime = Duration.ofHours(24);
        private Duration refreshTokenLifetime = Duration.ofDays(90);

        private Builder() {
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535");
            }
            this.port = port;
            return this;
        }

        /** The address to bind; default {@code 127.0.0.1}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The main token; default {@code sandbox-token}. */
        public Builder token(String token) {
            this.token = requireToken(token);
            return this;
        }

        /** One more accepted token; each token has its own rate window and block. */
        public Builder additionalToken(String token) {
            additionalTokens.add(requireToken(token));
            return this;
        }

        /**
         * One more accepted token whose user is not an administrator: admin-only endpoints (the users list and a user
         * by id) answer it 403 (problem+json, detail "Access denied"); everything else works as for the main token.
         * It has its own rate window and block; the 403 does not count towards a block.
         */
        public Builder restrictedToken(String token) {
            restrictedTokens.add(requireToken(token));
            return this;
        }

        /** Whether the server ignores {@code If-Modified-Since} entirely (see {@link #setIgnoreIfModifiedSince}). */
        public Builder ignoreIfModifiedSince(boolean ignore) {
            this.ignoreIfModifiedSince = ignore;
            return this;
        }

        /** Whether every API request is answered 402 (see {@link #setPaymentRequired}). */
        public Builder paymentRequired(boolean required) {
            this.paymentRequired = required;
            return this;
        }

        /** Requests per token per rate window; default 7, 0 = no limit. */
        public Builder requestsPerSecond(int rps) {
            if (rps < 0) {
                throw new IllegalArgumentException("rps must be >= 0");
            }
            this.requestsPerSecond = rps;
            return this;
        }

        /** The length of the sliding rate window; default 1 second. */
        public Builder rateWindow(Duration window) {
            this.rateWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /** Whether repeated 429s block the token (403 for every request); default true. */
        public Builder blocking(boolean on) {
            this.blocking = on;
            return this;
        }

        /** Block when MORE than {@code count429} answers 429 fall within {@code within}; default 50 within 1 minute. */
        public Builder blockThreshold(int count429, Duration within) {
            this.blockThreshold = count429;
            this.blockWithin = Objects.requireNonNull(within, "within");
            return this;
        }

        /** How long a block lasts; default 1 minute. */
        public Builder blockDuration(Duration d) {
            this.blockDuration = Objects.requireNonNull(d, "duration");
            return this;
        }

        /** The clock of entity timestamps; default {@link SandboxClock#system()}. */
        public Builder clock(SandboxClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * With {@code true} (the default) the demo leads, contacts, companies and tasks are seeded; the account,
         * users, pipelines and custom field definitions exist either way.
         */
        public Builder seed(boolean demoData) {
            this.seed = demoData;
            return this;
        }

        /** Worker threads of the HTTP server; default 8. */
        public Builder workerThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.workerThreads = threads;
            return this;
        }

        /** How many recorded requests the log keeps (the most recent); default 100,000. Counters are always exact. */
        public Builder requestLogCapacity(int capacity) {
            this.requestLogCapacity = capacity;
            return this;
        }

        /**
         * Registers an OAuth integration (its id, secret and redirect URI). With none,
         * {@link #DEFAULT_OAUTH_CLIENT} is registered.
         */
        public Builder oauthClient(String clientId, String clientSecret, String redirectUri) {
            oauthClients.add(new OAuthAuthority.Client(requireToken(clientId), requireToken(clientSecret),
                    Objects.requireNonNull(redirectUri, "redirectUri")));
            return this;
        }

        /**
         * Reads refresh tokens leniently: a spent one keeps working until the pair it issued is used. Default: strict,
         * a refresh token works once (see {@link OAuthAuthority}).
         */
        public Builder lenientRefresh(boolean lenient) {
            this.lenientRefresh = lenient;
            return this;
        }

        /** Lifetimes of issued OAuth tokens on the sandbox clock; default 24 hours and 90 days (Kommo's). */
        public Builder oauthLifetimes(Duration accessToken, Duration refreshToken) {
            this.accessTokenLifetime = Objects.requireNonNull(accessToken, "accessToken");
            this.refreshTokenLifetime = Objects.requireNonNull(refreshToken, "refreshToken");
            return this;
        }

        public KommoSandbox start() {
            return new KommoSandbox(this);
        }

        private static String requireToken(String token) {
            if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("A token must be non-blank without whitespace");
            }
            return token;
        }
    }
}
