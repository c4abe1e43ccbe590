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
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.camelkommo.budget.BudgetStore;
import io.github.camelkommo.internal.support.Settling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One budget's view of its {@link BudgetStore}: every call that fails marks the store unreachable (logged once, with
 * the store's location and the exception's type only, so no password reaches the log), every call that succeeds marks
 * it reachable.
 * The budget falls back to its own share only once the store has stayed unreachable for {@link #FALLBACK_AFTER}:
 * a replica that sends from its share while the others still share the store adds to their rate, so a passing
 * failure (a timeout on a busy machine) only makes requests wait.
 */
final class SharedBudget {

    private static final Logger LOG = LoggerFactory.getLogger(SharedBudget.class);

    private final BudgetSharing sharing;
    private final String account;
    /** How long the store must stay unreachable before the budget sends from its own share. */
    static final Duration FALLBACK_AFTER = Duration.ofSeconds(2);
    /** How often a budget waiting for its store asks it again. */
    static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** Where a permit or a place is taken from: waits up to the time given, and gives none when nothing came. */
    @FunctionalInterface
    interface Source<T> {
        T take(long maxWaitNanos) throws InterruptedException;
    }

    private volatile boolean reachable = true;
    private volatile long downSinceNanos;
    /** The type of the latest failure, for messages (its message may name more than the store's location). */
    private volatile String failure = "";

    SharedBudget(BudgetSharing sharing, String account) {
        this.sharing = sharing;
        this.account = account;
    }

    int fallbackReplicas() {
        return sharing.fallbackReplicas();
    }

    boolean reachable() {
        return reachable;
    }

    /**
     * Why a request that waited for the store was not sent: it names the store's location (and so the option) and
     * the latest failure's type, never a password.
     */
    String unreachable() {
        return sharing.location() + ", where the account's request budget is shared, cannot be reached (" + failure
               + ")";
    }

    /** Where the store is, for messages. */
    String location() {
        return sharing.location();
    }

    /**
     * Takes from the store while it can be reached; once it has stayed unreachable for {@link #FALLBACK_AFTER}, from
     * the budget's own share; until then waits for the store. Gives {@code none} when nothing came within
     * {@code maxWaitNanos} (0: only what is free now).
     */
    <T> T take(long maxWaitNanos, Source<T> store, Source<T> share, T none) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (true) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (reachable) {
                try {
                    return store.take(left);
                } catch (RuntimeException storeDown) {
                    down(storeDown);
                }
            }
            if (fallingBack()) {
                return share.take(left);
            }
            if (left == 0) {
                return none;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, RECHECK_NANOS));
            state(); // marks the store reachable again when it answers
        }
    }

    /** Whether the budget sends from its own share now: it has one, and the store stayed unreachable long enough. */
    boolean fallingBack() {
        return sharing.fallbackReplicas() > 0 && !reachable
               && System.nanoTime() - downSinceNanos >= FALLBACK_AFTER.toNanos();
    }

    /** The shared state, or {@link BudgetStore.SharedState#NONE} when the store cannot be reached. */
    BudgetStore.SharedState state() {
        try {
            BudgetStore.SharedState state = sharing.store().state(sharing.key());
            up();
            return state;
        } catch (RuntimeException e) {
            down(e);
            return BudgetStore.SharedState.NONE;
        }
    }

    void pause(Duration time) {
        try {
            sharing.store().pause(sharing.key(), time);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    void block(Duration time) {
        try {
            sharing.store().block(sharing.key(), time);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    /**
     * Takes a place of the shared {@link ArrivalWindow} for {@code place}, or tells how long until one may free;
     * throws when the store cannot be reached.
     */
    Duration enter(String place, int size, Duration inFlightBound) {
        return sharing.store().enterWindow(sharing.key(), place, size, inFlightBound);
    }

    /** Frees {@code place} {@code hold} from now; an unreachable store frees it after its in-flight bound. */
    void leave(String place, Duration hold) {
        Settling.run(() -> {
            try {
                sharing.store().leaveWindow(sharing.key(), place, hold);
            } catch (RuntimeException e) {
                down(e);
            }
        });
    }

    /** The shared bucket; throws when the store cannot be reached. */
    Bucket bucket(BucketConfiguration configuration) {
        return sharing.store().bucket(sharing.key(), configuration);
    }

    void down(RuntimeException e) {
        failure = e.getClass().getSimpleName();
        if (reachable) {
            downSinceNanos = System.nanoTime();
            reachable = false;
            LOG.warn("The shared request budget of {}, {}, cannot be reached ({}): {}", account, sharing.location(),
                    failure,
                    sharing.fallbackReplicas() > 0
                                                   ? "sending at most 1/" + sharing.fallbackReplicas()
                                                     + " of the budget until it returns, "
                                                     + "after waiting " + FALLBACK_AFTER.toSeconds() + " s for it"
                                                   : "sending nothing until it returns");
        }
    }

    private void up() {
        if (!reachable) {
            reachable = true;
            LOG.info("The shared request budget of {} is reachable again", account);
        }
    }
}
