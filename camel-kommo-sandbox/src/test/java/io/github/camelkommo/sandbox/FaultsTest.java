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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest extends SandboxTestSupport {

    @Test
    void failNextAnswersTheStatusForMatchingRequestsOnlyWithoutProcessing() {
        sandbox.faults().failNext(2, "GET", "/api/v4/leads", 503).failNext(1, "POST", "/api/v4/leads", 500);

        assertThat(http.get("/api/v4/contacts").status()).isEqualTo(200);
        Http.Response unavailable = http.get("/api/v4/leads");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.contentType()).isEqualTo("text/html");
        assertThat(unavailable.body()).contains("503 Service Unavailable");

        int leads = sandbox.data().count("leads");
        Http.Response internal = http.post("/api/v4/leads", "[{\"name\":\"lost\"}]");
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.contentType()).isEqualTo("application/problem+json");
        assertThat(internal.json().get("title").asText()).isEqualTo("ErrInternalServer");
        assertThat(internal.json().get("trace_id").asText()).isNotBlank();
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);

        assertThat(http.get("/api/v4/leads/pipelines").status()).isEqualTo(503); // same prefix
        assertThat(http.get("/api/v4/leads").status()).isEqualTo(200);
        assertThat(http.post("/api/v4/leads", "[{\"name\":\"kept\"}]").status()).isEqualTo(200);
        assertThat(sandbox.data().count("leads")).isEqualTo(leads + 1);
    }

    @Test
    void failNextWithoutMethodOrPrefixMatchesAnything() {
        sandbox.faults().failNext(2, null, null, 502);
        assertThat(http.get("/api/v4/account").status()).isEqualTo(502);
        assertThat(http.post("/api/v4/tasks", "[]").status()).isEqualTo(502);
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
        assertThatThrownBy(() -> sandbox.faults().failNext(1, null, null, 200))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomFailuresAreReproducibleWithTheSameSeed() {
        sandbox.faults().failRandomly(0.3, 504, 42L);
        List<Integer> first = statuses(60);
        sandbox.faults().clear();
        assertThat(statuses(10)).containsOnly(200);
        sandbox.faults().failRandomly(0.3, 504, 42L);
        List<Integer> second = statuses(60);

        assertThat(second).isEqualTo(first);
        assertThat(first).containsOnly(200, 504);
        long failures = first.stream().filter(s -> s == 504).count();
        assertThat(failures).isBetween(5L, 35L);
        assertThat(sandbox.stats().count(504)).isEqualTo(2 * (int) failures);

        sandbox.faults().failRandomly(1.0, 500, 1L);
        assertThat(statuses(5)).containsOnly(500);
        sandbox.faults().failRandomly(0.0, 500, 1L);
        assertThat(statuses(5)).containsOnly(200);
        assertThatThrownBy(() -> sandbox.faults().failRandomly(0.5, 418, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutAfterWriteKeepsTheWriteButAnswers504() {
        int leads = sandbox.data().count("leads");
        sandbox.faults().timeoutAfterWrite(1, "POST", "/api/v4/leads");
        Http.Response response = http.post("/api/v4/leads", "[{\"name\":\"written anyway\"}]");
        assertThat(response.status()).isEqualTo(504);
        assertThat(response.contentType()).isEqualTo("text/html");
        assertThat(sandbox.data().count("leads")).isEqualTo(leads + 1);
        assertThat(sandbox.data().list("leads")).anyMatch(l -> l.get("name").asText().equals("written anyway"));
        assertThat(http.post("/api/v4/leads", "[{\"name\":\"normal\"}]").status()).isEqualTo(200);
    }

    @Test
    void droppedConnectionsGetNoAnswerAndAreNotProcessed() {
        int leads = sandbox.data().count("leads");
        sandbox.faults().dropConnectionNext(1, "POST", "/api/v4/leads");
        assertThatThrownBy(() -> http.sendOrThrow("POST", "/api/v4/leads", "[{\"name\":\"dropped\"}]",
                "Content-Type", "application/json")).isInstanceOf(IOException.class);
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);
        assertThat(sandbox.stats().count(0)).isEqualTo(1);
        assertThat(sandbox.stats().requests("POST", "/api/v4/leads").get(0).status()).isZero();
        assertThat(http.post("/api/v4/leads", "[{\"name\":\"fine\"}]").status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysEveryApiRequest() {
        sandbox.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        sandbox.faults().latency(Duration.ZERO);
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
    }

    @Test
    void jitterDelaysEachApiRequestByASeededDrawWithinItsRange() {
        sandbox.faults().jitter(Duration.ofMillis(40), Duration.ofMillis(60), 7);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(40).toNanos());
        }
        sandbox.faults().jitter(null, null, 0);
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);

        io.github.camelkommo.sandbox.internal.rules.FaultPlan one = new io.github.camelkommo.sandbox.internal.rules.FaultPlan();
        io.github.camelkommo.sandbox.internal.rules.FaultPlan same = new io.github.camelkommo.sandbox.internal.rules.FaultPlan();
        one.setJitter(Duration.ZERO, Duration.ofMillis(100), 42);
        same.setJitter(Duration.ZERO, Duration.ofMillis(100), 42);
        List<Duration> draws = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Duration d = one.nextDelay();
            assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(same.nextDelay()).isEqualTo(d);
            draws.add(d);
        }
        assertThat(draws).doesNotHaveDuplicates();
        assertThatThrownBy(() -> one.setJitter(Duration.ofMillis(5), Duration.ofMillis(4), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateLimitNextAnswers429WithTheGivenRetryAfter() {
        sandbox.faults().rateLimitNext(2, 42);
        int leads = sandbox.data().count("leads");
        for (int i = 0; i < 2; i++) {
            Http.Response response = http.post("/api/v4/leads", "[{\"name\":\"x\"}]");
            assertThat(response.status()).isEqualTo(429);
            assertThat(response.json().get("retry_after").asInt()).isEqualTo(42);
        }
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
    }

    @Test
    void injected429sDoNotLeadToABlock() {
        try (KommoSandbox strict = KommoSandbox.builder().blockThreshold(1, Duration.ofMinutes(1)).start()) {
            strict.faults().rateLimitNext(3, 1);
            Http client = new Http(strict);
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/api/v4/account").status()).isEqualTo(429);
            }
            assertThat(client.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(strict.stats().blockedUntil()).isEmpty();
        }
    }

    private List<Integer> statuses(int n) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(http.get("/api/v4/account").status());
        }
        return statuses;
    }
}
