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
package io.github.camelkommo.internal.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camelkommo.internal.webhook.ChangeLedger.Verdict;
import io.github.camelkommo.redis.RedisServer;
import io.github.camelkommo.redis.RedisStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger of delivered changes in a {@link RedisStateRepository} that replicas share: one claim per change however
 * many replicas ask at once, and a claim settled even by a thread that was interrupted (ChangeLedgerTest has the
 * rest, in memory).
 */
class ChangeLedgerRedisTest {

    private static final String WATERMARK = "https://acme.kommo.com/leads";
    private static final long SECOND = 1_767_225_600L;

    @Test
    void replicasSharingRedisClaimAChangeOnce() throws Exception {
        try (RedisServer redis = new RedisServer(null)) {
            List<RedisStateRepository> replicas = List.of(new RedisStateRepository(redis.uri(), "ledger-test"),
                    new RedisStateRepository(redis.uri(), "ledger-test"));
            replicas.forEach(RedisStateRepository::start);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (long entity = 1; entity <= 20; entity++) {
                    long id = entity;
                    List<Callable<Verdict>> tries = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        ChangeLedger ledger = new ChangeLedger();
                        ledger.attach(replicas.get(i % 2), WATERMARK);
                        tries.add(() -> ledger.claim(id, SECOND, id % 2 == 0 ? null : "update").verdict());
                    }
                    List<Verdict> verdicts = new ArrayList<>();
                    for (Future<Verdict> verdict : pool.invokeAll(tries)) {
                        verdicts.add(verdict.get());
                    }
                    assertThat(verdicts).as("entity " + id).filteredOn(v -> v == Verdict.CLAIMED).hasSize(1);
                    assertThat(verdicts).as("entity " + id).filteredOn(v -> v == Verdict.IN_FLIGHT).hasSize(7);
                }
            } finally {
                pool.shutdownNow();
                replicas.forEach(RedisStateRepository::stop);
            }
        }
    }

    @Test
    void aStoppingConsumersInterruptedThreadStillSettlesItsClaimInRedis() throws Exception {
        try (RedisServer redis = new RedisServer(null)) {
            RedisStateRepository repository = new RedisStateRepository(redis.uri(), "ledger-test");
            repository.start();
            try {
                ChangeLedger ledger = new ChangeLedger();
                ledger.attach(repository, WATERMARK);
                ChangeLedger.Claim claim = ledger.claim(7, SECOND, null);

                Thread.currentThread().interrupt(); // as Camel interrupts a consumer's thread when it stops
                ledger.delivered(claim);
                assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();

                ChangeLedger otherReplica = new ChangeLedger();
                otherReplica.attach(repository, WATERMARK);
                assertThat(otherReplica.claim(7, SECOND, null).verdict()).isEqualTo(Verdict.DELIVERED);
            } finally {
                Thread.interrupted();
                repository.stop();
            }
        }
    }
}
