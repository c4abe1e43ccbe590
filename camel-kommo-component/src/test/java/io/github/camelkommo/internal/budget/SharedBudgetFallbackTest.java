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
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.camelkommo.budget.BudgetStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A store that fails for a moment makes requests wait; only one that stays unreachable makes a replica fall back. */
class SharedBudgetFallbackTest {

    /** A store that answers or fails as the test says; its answers carry no pause and no block. */
    private static final class SwitchedStore implements BudgetStore {
        final AtomicBoolean up = new AtomicBoolean(true);

        private void check() {
            if (!up.get()) {
                throw new IllegalStateException("store unreachable");
            }
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            check();
            return Bucket.builder().addLimit(configuration.getBandwidths()[0]).build();
        }

        @Override
        public Duration enterWindow(String key, String place, int size, Duration inFlightBound) {
            check();
            return Duration.ZERO;
        }

        @Override
        public void leaveWindow(String key, String place, Duration hold) {
            check();
        }

        @Override
        public SharedState state(String key) {
            check();
            return SharedState.NONE;
        }

        @Override
        public void pause(String key, Duration time) {
            check();
        }

        @Override
        public void block(String key, Duration time) {
            check();
        }
    }

    @Test
    void aReplicaFallsBackOnlyAfterTheStoreStayedUnreachable() {
        SwitchedStore store = new SwitchedStore();
        SharedBudget budget = new SharedBudget(new BudgetSharing(store, "the test's store", "k", 3), "account");

        store.up.set(false);
        long failed = System.nanoTime();
        assertThat(budget.state()).isEqualTo(BudgetStore.SharedState.NONE);
        assertThat(budget.reachable()).isFalse();
        if (System.nanoTime() - failed < SharedBudget.FALLBACK_AFTER.toNanos()) {
            assertThat(budget.fallingBack()).as("a passing failure: wait for the store").isFalse();
        }
        await().atMost(Duration.ofSeconds(30)).until(budget::fallingBack);
        assertThat(Duration.ofNanos(System.nanoTime() - failed)).isGreaterThanOrEqualTo(SharedBudget.FALLBACK_AFTER);

        store.up.set(true);
        budget.state();
        assertThat(budget.reachable()).isTrue();
        assertThat(budget.fallingBack()).isFalse();
    }

    @Test
    void withoutAShareAReplicaNeverFallsBack() {
        SwitchedStore store = new SwitchedStore();
        SharedBudget budget = new SharedBudget(new BudgetSharing(store, "the test's store", "k", 0), "account");
        store.up.set(false);
        budget.state();
        assertThat(budget.reachable()).isFalse();
        await().during(SharedBudget.FALLBACK_AFTER.multipliedBy(2)).atMost(Duration.ofSeconds(30))
                .until(() -> !budget.fallingBack());
    }
}
