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

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockTest {

    @Test
    void moreThanTheThresholdOf429sBlocksWith403ThenTheBlockLifts() {
        Duration block = Duration.ofMillis(800);
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .blockThreshold(3, Duration.ofMinutes(1)).blockDuration(block).start()) {
            Http http = new Http(sandbox);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
            }
            assertThat(sandbox.stats().blockedUntil()).isEmpty();
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429); // the 4th 429: more than 3, block starts
            long blockedAt = System.nanoTime();
            assertThat(sandbox.stats().blockedUntil()).get().matches(until -> until.isAfter(Instant.now()));

            int leads = sandbox.data().count("leads");
            Http.Response forbidden = http.post("/api/v4/leads", "[{\"name\":\"blocked\"}]");
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.contentType()).isEqualTo("text/html");
            assertThat(forbidden.body()).contains("403 Forbidden");
            assertThat(sandbox.data().count("leads")).isEqualTo(leads);

            String stats = new Http(sandbox, null).get("/__sandbox/stats").body();
            assertThat(Http.parse(stats).get("count403").asInt()).isEqualTo(1);
            assertThat(Http.parse(stats).get("count429").asInt()).isEqualTo(4);
            assertThat(Http.parse(stats).get("blockedUntil").isTextual()).isTrue();

            int status;
            while ((status = http.get("/api/v4/account").status()) == 403) {
                assertThat(System.nanoTime() - blockedAt).as("block never lifted")
                        .isLessThan(Duration.ofSeconds(10).toNanos());
            }
            assertThat(System.nanoTime() - blockedAt).isGreaterThanOrEqualTo(block.minusMillis(50).toNanos());
            assertThat(status).isEqualTo(429); // the 30 s window is still full
            assertThat(sandbox.stats().count(403)).isPositive();
        }
    }

    @Test
    void blockingCanBeTurnedOff() {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .blocking(false).blockThreshold(1, Duration.ofMinutes(1)).start()) {
            Http http = new Http(sandbox);
            http.get("/api/v4/account");
            for (int i = 0; i < 10; i++) {
                assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
            }
            assertThat(sandbox.stats().count(403)).isZero();
        }
    }

    @Test
    void resetLiftsTheBlock() {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .blockThreshold(0, Duration.ofMinutes(1)).start()) {
            Http http = new Http(sandbox);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(403);
            sandbox.reset();
            assertThat(sandbox.stats().blockedUntil()).isEmpty();
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
        }
    }

    @Test
    void theBlockCoversTheTokenEndpoint() {
        // amocrm-api-php #434: after the API's bare 403, the token request got the same nginx page; #563: "the token
        // request answers 403" while the account is blocked for going over 7 requests per second
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .blockThreshold(0, Duration.ofMinutes(1)).start()) {
            Http http = new Http(sandbox);
            Http anonymous = new Http(sandbox, null);
            String code = sandbox.oauth().issueCode(null, null).code();
            OAuthAuthority.Client client = KommoSandbox.Builder.DEFAULT_OAUTH_CLIENT;
            String exchange = "{\"client_id\":\"" + client.clientId() + "\",\"client_secret\":\""
                              + client.clientSecret()
                              + "\",\"grant_type\":\"authorization_code\",\"code\":\"" + code
                              + "\",\"redirect_uri\":\"" + client.redirectUri() + "\"}";
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429); // more than 0: the block starts

            Http.Response blocked = anonymous.post("/oauth2/access_token", exchange);
            assertThat(blocked.status()).isEqualTo(403);
            assertThat(blocked.contentType()).isEqualTo("text/html");
            assertThat(blocked.body()).contains("403 Forbidden");
            assertThat(sandbox.oauth().tokensIssued()).isZero();

            sandbox.reset();
            code = sandbox.oauth().issueCode(null, null).code();
            assertThat(anonymous.post("/oauth2/access_token", exchange.replaceFirst("\"code\":\"[^\"]+\"",
                    "\"code\":\"" + code + "\"")).status()).isEqualTo(200);
        }
    }
}
