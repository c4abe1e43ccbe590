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
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-token rate limit over real HTTP. Windows are long (or the assertions generous) so that a slow machine
 * cannot change the outcome.
 */
class RateLimitTest {

    @Test
    void theEighthRequestInTheWindowIs429WithRetryAfterAndNotProcessed() {
        try (KommoSandbox sandbox = KommoSandbox.builder().rateWindow(Duration.ofSeconds(30)).start()) {
            Http http = new Http(sandbox);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                statuses.add(http.get("/api/v4/account").status());
            }
            int leads = sandbox.data().count("leads");
            Http.Response limited = http.post("/api/v4/leads", "[{\"name\":\"over the limit\"}]");
            statuses.add(limited.status());

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 429);
            assertThat(limited.contentType()).isEqualTo("application/problem+json");
            JsonNode body = limited.json();
            assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
            assertThat(body.get("type").asText()).isEqualTo("https://httpstatus.es/429");
            assertThat(body.get("status").asInt()).isEqualTo(429);
            assertThat(body.get("retry_after").asInt()).isBetween(1, 30);
            assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
            assertThat(sandbox.data().count("leads")).isEqualTo(leads);
            assertThat(sandbox.stats().count(429)).isEqualTo(1);
            assertThat(sandbox.stats().count(200)).isEqualTo(7);
            assertThat(sandbox.stats().maxRequestsInAnyWindow(Duration.ofSeconds(30))).isEqualTo(8);
        }
    }

    @Test
    void theWindowSlidesAndRejectedRequestsDoNotOccupyIt() {
        Duration window = Duration.ofMillis(800);
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(2).rateWindow(window).blocking(false)
                .start()) {
            Http http = new Http(sandbox);
            long start = System.nanoTime();
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            // Hammer without pause: if the 429s occupied the window, no request would ever get through.
            int rejected = 0;
            Http.Response response;
            while ((response = http.get("/api/v4/account")).status() == 429) {
                rejected++;
                assertThat(System.nanoTime() - start).as("waited too long")
                        .isLessThan(Duration.ofSeconds(10).toNanos());
            }
            long elapsed = System.nanoTime() - start;
            assertThat(response.status()).isEqualTo(200);
            assertThat(rejected).isPositive();
            assertThat(elapsed).isGreaterThanOrEqualTo(window.toNanos() - Duration.ofMillis(50).toNanos());
            assertThat(sandbox.stats().count(429)).isEqualTo(rejected);
        }
    }

    @Test
    void eachTokenHasItsOwnWindow() {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(3).rateWindow(Duration.ofSeconds(30))
                .additionalToken("other").start()) {
            Http first = new Http(sandbox);
            Http second = new Http(sandbox, "other");
            for (int i = 0; i < 3; i++) {
                assertThat(first.get("/api/v4/account").status()).isEqualTo(200);
            }
            assertThat(first.get("/api/v4/account").status()).isEqualTo(429);
            for (int i = 0; i < 3; i++) {
                assertThat(second.get("/api/v4/account").status()).isEqualTo(200);
            }
            assertThat(second.get("/api/v4/account").status()).isEqualTo(429);
        }
    }

    @Test
    void theLimitCanBeChangedOrTurnedOffAtRuntime() {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .start()) {
            Http http = new Http(sandbox);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
            sandbox.setRequestsPerSecond(0);
            for (int i = 0; i < 30; i++) {
                assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            }
            // requests served while unlimited leave no trace; the first admission is still in the window
            sandbox.setRequestsPerSecond(3);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
        }
    }

    @Test
    void theDefaultLimitKeepsAdmissionsAtSevenPerSecond() {
        try (KommoSandbox sandbox = KommoSandbox.start()) {
            Http http = new Http(sandbox);
            long start = System.nanoTime();
            int ok = 0;
            for (int i = 0; i < 40; i++) {
                if (http.get("/api/v4/account").status() == 200) {
                    ok++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // at most 7 admissions per started second of the run
            assertThat(ok).isGreaterThanOrEqualTo(7).isLessThanOrEqualTo(7 * (int) Math.ceil(seconds + 1e-9));
            assertThat(sandbox.stats().count(429)).isEqualTo(40 - ok);
            if (seconds < 5) {
                // 40 arrivals within less than 5 s: by pigeonhole some 1-second window saw at least 8
                assertThat(sandbox.stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isGreaterThanOrEqualTo(8);
            }
        }
    }

    @Test
    void inspectionEndpointsAreNotLimited() {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(1).rateWindow(Duration.ofSeconds(30))
                .start()) {
            Http http = new Http(sandbox, null);
            for (int i = 0; i < 20; i++) {
                assertThat(http.get("/__sandbox/stats").status()).isEqualTo(200);
            }
            assertThat(sandbox.stats().total()).isZero();
        }
    }
}
