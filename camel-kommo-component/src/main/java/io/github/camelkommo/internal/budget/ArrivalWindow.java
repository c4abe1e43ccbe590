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
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import io.github.camelkommo.budget.BudgetStore;

/**
 * The rule that keeps an account's requests under its limit whatever the network does to them: every request holds
 * one of {@code requestsPerSecond} places from its permit until {@link #HOLD} after its answer. A request reaches
 * Kommo after it was sent and before it was answered, so the request that takes a place freed by another reaches
 * Kommo more than a second after that one did: no second ever holds more than {@code requestsPerSecond} arrivals,
 * however late or unevenly they arrive (network jitter, a slow large write, a paused JVM). On a fast network this
 * costs little (the places turn over every second plus a round trip); over a slow one the budget sends
 * {@code requestsPerSecond / (1 s + round trip)}, the most that can be sent safely.
 * <p>
 * With a {@link BudgetSharing} the places live in the shared {@link BudgetStore}, timed by the store's clock, so the
 * replicas' clocks need not agree; a place whose replica died before its answer frees after
 * {@link #IN_FLIGHT_BOUND}. While the store cannot be reached, a replica holds at most
 * {@code requestsPerSecond / budgetReplicas} places of its own, or none ({@code budgetReplicas} 0).
 */
final class ArrivalWindow {

    /** One second, and a margin for the granularity of Kommo's clock and the store's. */
    static final Duration HOLD = Duration.ofMillis(1_010);
    /** How long a shared place whose request never reported its answer (its replica died) stays held. */
    static final Duration IN_FLIGHT_BOUND = Duration.ofMinutes(1);

    /** A place in the window, held until {@link #answered()} and a {@link #HOLD} more. */
    interface Place {

        /** The request was answered, or failed: the place frees one hold from now. */
        void answered();
    }

    private final int size;
    private final SharedBudget shared;
    private final LocalWindow local;
    private volatile LocalWindow fallback;

    ArrivalWindow(int size, SharedBudget shared) {
        this.size = size;
        this.shared = shared;
        this.local = shared == null ? new LocalWindow(size, HOLD.toNanos()) : null;
    }

    /** Waits up to {@code maxWaitNanos} for a place (0: only one free now); null when none came. */
    Place enter(long maxWaitNanos) throws InterruptedException {
        if (shared == null) {
            return local.enter(maxWaitNanos);
        }
        return shared.take(maxWaitNanos, this::enterShared, left -> fallback().enter(left), null);
    }

    /** A place only if one is free now; null otherwise. */
    Place tryNow() {
        try {
            return enter(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Asks the store for a place until one is taken or the wait is over, sleeping as long as it says. */
    private Place enterShared(long maxWaitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (true) {
            String id = UUID.randomUUID().toString();
            Duration wait = shared.enter(id, size, IN_FLIGHT_BOUND);
            if (wait.isZero()) {
                return new SharedPlace(id);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            LockSupport.parkNanos(Math.min(left, Math.min(wait.toNanos(), SharedBudget.RECHECK_NANOS)));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private LocalWindow fallback() {
        LocalWindow current = fallback;
        if (current == null) {
            synchronized (this) {
                if (fallback == null) {
                    fallback = new LocalWindow(Math.max(1, size / shared.fallbackReplicas()), HOLD.toNanos());
                }
                current = fallback;
            }
        }
        return current;
    }

    /** A place in the shared store; if the store cannot be told of the answer, the place frees after its bound. */
    private final class SharedPlace implements Place {

        private final String id;

        SharedPlace(String id) {
            this.id = id;
        }

        @Override
        public void answered() {
            shared.leave(id, HOLD);
        }
    }
}
