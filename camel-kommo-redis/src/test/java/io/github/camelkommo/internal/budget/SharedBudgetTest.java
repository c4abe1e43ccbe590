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
package io.github.camelkommo.internal.budget;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.LogCapture;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.health.KommoHealthCheck;
import io.github.camelkommo.redis.RedisServer;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.KommoSandboxExtension;
import io.github.camelkommo.sandbox.RecordedRequest;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replicas (here: Camel contexts, each with its own component) sharing one budget through a real Redis: one token
 * bucket, one pause after a 429, one block, and a fallback that loses no write while Redis is down. Timing bounds
 * are read from the sandbox's request log and leave room for a loaded two-core machine.
 */
class SharedBudgetTest {

    private static final String PASSWORD = "redis-secret-4711";
    private static final String LIST = "kommo:leads?operation=list&pageSize=5";

    @RegisterExtension
    static final KommoSandboxExtension SANDBOX = KommoSandboxExtension.create(KommoSandbox.builder());

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new RedisServer(PASSWORD);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void reset() {
        SANDBOX.sandbox().reset();
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushall();
        } finally {
            client.shutdown();
        }
    }

    /** One replica: a Camel context whose kommo component shares its budget through Redis. */
    private static final class Replica implements AutoCloseable {
        final DefaultCamelContext context = new DefaultCamelContext();
        final KommoComponent kommo = new KommoComponent();
        final ProducerTemplate template;

        Replica(int budgetReplicas) {
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(SANDBOX.sandbox().baseUrl());
            kommo.getConfiguration().setAccessToken(SANDBOX.sandbox().token());
            kommo.setBudgetRedisUri(redis.uri());
            kommo.setBudgetReplicas(budgetReplicas);
            kommo.setRetryBackoff(50);
            kommo.setForbiddenCooldown(3_000);
            context.addComponent("kommo", kommo);
            context.start();
            template = context.createProducerTemplate();
        }

        Exchange list() {
            return template.request(LIST, e -> {
            });
        }

        AccountBudget budget() {
            KommoClient client = kommo.accounts().clients().get(0);
            return client.budget();
        }

        @Override
        public void close() {
            context.stop();
        }
    }

    @Test
    void twoReplicasSpendOneBudget() throws Exception {
        try (Replica a = new Replica(0); Replica b = new Replica(0)) {
            a.list();
            b.list();
            SANDBOX.sandbox().stats().clear();
            SANDBOX.sandbox().faults().jitter(Duration.ZERO, Duration.ofMillis(100), 7); // as a network would add
            int each = 12;
            CompletableFuture<Void> fromA = CompletableFuture.runAsync(() -> repeat(a, each));
            CompletableFuture<Void> fromB = CompletableFuture.runAsync(() -> repeat(b, each));
            CompletableFuture.allOf(fromA, fromB).get(60, TimeUnit.SECONDS);

            List<RecordedRequest> sent = SANDBOX.sandbox().stats().requests("GET", "/api/v4/leads");
            assertThat(SANDBOX.sandbox().stats().count(429)).isZero();
            assertThat(sent).hasSize(2 * each);
            assertThat(SANDBOX.sandbox().stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
            // The 22nd request takes the place the 15th freed a second after its answer, which took the 8th's, which
            // took the 1st's: one shared window spans over 3 s; two windows of 7 would take 1 s for 24 requests.
            long span = sent.get(sent.size() - 1).nanoTime() - sent.get(0).nanoTime();
            assertThat(Duration.ofNanos(span)).isGreaterThan(Duration.ofSeconds(3));
        }
    }

    private static void repeat(Replica replica, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(replica.list().getException()).isNull();
        }
    }

    @Test
    void a429OfOneReplicaPausesEveryReplicaAndWidensTheirSpacing() throws Exception {
        try (Replica a = new Replica(0); Replica b = new Replica(0)) {
            a.list();
            b.list();
            Duration base = b.budget().permitSpacing();
            SANDBOX.sandbox().faults().rateLimitNext(1, 2);

            CompletableFuture<Exchange> fromA = CompletableFuture.supplyAsync(a::list);
            await().atMost(Duration.ofSeconds(10)).until(() -> SANDBOX.sandbox().stats().count(429) == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> !a.budget().pausedUntil().isBefore(
                    java.time.Instant.now().plusMillis(500)));
            long rateLimitedAt = SANDBOX.sandbox().stats().requests().stream().filter(r -> r.status() == 429)
                    .findFirst().orElseThrow().nanoTime();
            assertThat(b.list().getException()).isNull();
            assertThat(fromA.get(10, TimeUnit.SECONDS).getException()).isNull();

            List<RecordedRequest> after = SANDBOX.sandbox().stats().requests().stream()
                    .filter(r -> r.nanoTime() > rateLimitedAt).toList();
            assertThat(after).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            // B learnt of A's 2 s pause from Redis (less a round trip's slack) before it sent anything
            assertThat(after).allSatisfy(r -> assertThat(Duration.ofNanos(r.nanoTime() - rateLimitedAt))
                    .isGreaterThan(Duration.ofMillis(1_800)));
            assertThat(b.budget().permitSpacing()).isGreaterThan(base);
        }
    }

    @Test
    void kommosBlockSeenByOneReplicaStopsEveryReplica() {
        try (Replica a = new Replica(0); Replica b = new Replica(0)) {
            a.list();
            b.list();
            SANDBOX.sandbox().faults().failNext(1, null, "/api/v4/", 403); // the bare page: Kommo's block

            assertThat(a.list().getException()).isInstanceOf(KommoForbiddenException.class);
            int sent = SANDBOX.sandbox().stats().total();
            assertThat(b.budget().isBlocked()).isTrue();
            assertThat(b.list().getException()).isInstanceOf(KommoForbiddenException.class)
                    .hasMessageContaining("not sent");
            assertThat(SANDBOX.sandbox().stats().total()).isEqualTo(sent);

            await().atMost(Duration.ofSeconds(10)).until(() -> !b.budget().isBlocked());
            assertThat(b.list().getException()).isNull();
        }
    }

    @Test
    void redisDownFallsBackToAShareOfTheBudgetLosesNoWriteAndIsDown() throws Exception {
        try (LogCapture logs = new LogCapture("io.github.camelkommo"); Replica a = new Replica(2)) {
            a.list();
            int leads = SANDBOX.sandbox().data().count("leads");
            redis.stop();
            try {
                for (int i = 0; i < 5; i++) {
                    Exchange created = a.template.request("kommo:leads?operation=create",
                            e -> e.getMessage().setBody(List.of(Map.of("name", "while Redis is down"))));
                    assertThat(created.getException()).isNull();
                }
                assertThat(SANDBOX.sandbox().data().count("leads")).isEqualTo(leads + 5);
                List<RecordedRequest> posts = SANDBOX.sandbox().stats().requests("POST", "/api/v4/leads");
                // 1/2 of the budget: permits 300 ms apart, arrivals squeezed by at most a little
                long span = posts.get(posts.size() - 1).nanoTime() - posts.get(0).nanoTime();
                assertThat(Duration.ofNanos(span)).isGreaterThan(Duration.ofMillis(4 * 250));

                HealthCheck.Result down = new KommoHealthCheck(kommoClient(a), "kommo-shared").call();
                assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("shared request budget")
                        .doesNotContain(PASSWORD));
                assertThat(down.getDetails().toString()).doesNotContain(PASSWORD);
            } finally {
                redis.start();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> !a.budget().isSharedStoreDown());
            assertThat(a.list().getException()).isNull();
            assertThat(new KommoHealthCheck(kommoClient(a), "kommo-shared").call().getState())
                    .isEqualTo(HealthCheck.State.UP);
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains("cannot be reached"))
                    .noneSatisfy(l -> assertThat(l).contains(PASSWORD));
        }
    }

    @Test
    void withoutAFallbackShareAWriteWaitsForRedisAndIsSentOnce() throws Exception {
        try (Replica a = new Replica(0)) {
            a.list();
            int leads = SANDBOX.sandbox().data().count("leads");
            redis.stop();
            CompletableFuture<Exchange> write;
            try {
                write = CompletableFuture.supplyAsync(() -> a.template.request("kommo:leads?operation=create",
                        e -> e.getMessage().setBody(List.of(Map.of("name", "waits for Redis")))));
                await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                        .until(() -> a.budget().isSharedStoreDown());
                assertThat(SANDBOX.sandbox().stats().requests("POST", "/api/v4/leads")).isEmpty();
            } finally {
                redis.start();
            }
            assertThat(write.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(SANDBOX.sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(1);
            assertThat(SANDBOX.sandbox().data().count("leads")).isEqualTo(leads + 1);
        }
    }

    private static KommoClient kommoClient(Replica replica) {
        return replica.kommo.accounts().clients().get(0);
    }
}
