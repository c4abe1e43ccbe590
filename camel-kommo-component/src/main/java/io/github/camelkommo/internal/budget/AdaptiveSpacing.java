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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The spacing between an account's permits, adapted to what the account answers. The {@link ArrivalWindow} keeps this
 * client's requests under the limit; a 429 then means that something else spends the account's budget too (another
 * client of the account, or of the same IP address), so the spacing backs off and probes back slowly:
 * <ul>
 * <li>It starts at the base, {@link BudgetSettings#permitSpacing()} (1/requestsPerSecond).</li>
 * <li>A 429 (this JVM's, or a pause another replica shared) widens it by {@link #WIDEN} of the base, at most once per
 * {@link #SETTLE} (the 429s of one crowded second are one signal, and the wider spacing needs that long to show),
 * up to {@link #MAX_FACTOR} times the base.</li>
 * <li>Every {@link #NARROW_AFTER} requests answered without a 429 since the last change narrow it by {@link #NARROW}
 * of the base, never below the base: the spacing probes back slowly, so a steady jitter costs about one 429 per
 * several hundred requests.</li>
 * </ul>
 */
public final class AdaptiveSpacing {

    /** How much of the base spacing a 429 adds. */
    public static final double WIDEN = 0.04;
    /** How much of the base spacing a run of answered requests takes off. */
    public static final double NARROW = 0.01;
    /** Answered requests without a 429 after which the spacing narrows one step. */
    public static final int NARROW_AFTER = 500;
    /** The widest spacing, as a multiple of the base. */
    public static final double MAX_FACTOR = 1.5;
    /** 429s within this time of a widening do not widen again. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private final long baseNanos;
    private final AtomicLong spacingNanos;
    private final AtomicLong answeredSinceChange = new AtomicLong();
    private final AtomicLong lastWidenedNanos;

    public AdaptiveSpacing(Duration base) {
        this.baseNanos = base.toNanos();
        this.spacingNanos = new AtomicLong(baseNanos);
        this.lastWidenedNanos = new AtomicLong(System.nanoTime() - SETTLE.toNanos() - 1);
    }

    /** The current spacing. */
    public Duration spacing() {
        return Duration.ofNanos(spacingNanos.get());
    }

    /** A 429 came at {@code nowNanos} (System.nanoTime); returns whether the spacing widened. */
    public boolean rateLimited(long nowNanos) {
        long last = lastWidenedNanos.get();
        if (nowNanos - last < SETTLE.toNanos() || !lastWidenedNanos.compareAndSet(last, nowNanos)) {
            return false;
        }
        answeredSinceChange.set(0);
        long max = (long) (baseNanos * MAX_FACTOR);
        long before = spacingNanos.getAndUpdate(s -> Math.min(max, s + (long) (baseNanos * WIDEN)));
        return before < max;
    }

    /** A request was answered without a 429; returns whether the spacing narrowed. */
    public boolean answered() {
        if (answeredSinceChange.incrementAndGet() % NARROW_AFTER != 0) {
            return false;
        }
        long before = spacingNanos.getAndUpdate(s -> Math.max(baseNanos, s - (long) (baseNanos * NARROW)));
        return before > baseNanos;
    }
}
