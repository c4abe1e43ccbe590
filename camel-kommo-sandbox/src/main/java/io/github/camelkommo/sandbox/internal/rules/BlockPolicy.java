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
package io.github.camelkommo.sandbox.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kommo's escalation after repeated 429s: when a key (token) collects more than {@code threshold} rate-limit
 * rejections within {@code within}, it is blocked for {@code duration} and every request of it gets 403. The
 * rejections counted so far are forgotten when a block starts. Requests answered 403 count for nothing.
 */
public final class BlockPolicy {

    private final boolean enabled;
    private final int threshold;
    private final long withinNanos;
    private final long durationNanos;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public BlockPolicy(boolean enabled, int threshold, Duration within, Duration duration) {
        if (threshold < 0 || within.isNegative() || within.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("Block threshold must be >= 0 and durations positive");
        }
        this.enabled = enabled;
        this.threshold = threshold;
        this.withinNanos = within.toNanos();
        this.durationNanos = duration.toNanos();
    }

    /** Whether {@code key} is blocked at {@code now} (nanoTime). */
    public boolean isBlocked(String key, long now) {
        State state = states.get(key);
        if (state == null) {
            return false;
        }
        synchronized (state) {
            return state.blockedUntilNanos != 0 && now - state.blockedUntilNanos < 0;
        }
    }

    /** Records a 429 given to {@code key}; may start a block. */
    public void recordRejection(String key, long now) {
        if (!enabled) {
            return;
        }
        State state = states.computeIfAbsent(key, k -> new State());
        synchronized (state) {
            while (!state.rejections.isEmpty() && now - state.rejections.peekFirst() >= withinNanos) {
                state.rejections.pollFirst();
            }
            state.rejections.addLast(now);
            if (state.rejections.size() > threshold) {
                state.rejections.clear();
                state.blockedUntilNanos = now + durationNanos;
                state.blockedUntil = Instant.now().plusNanos(durationNanos);
            }
        }
    }

    /** The end of the latest block still in force, over all keys. */
    public Optional<Instant> blockedUntil() {
        long now = System.nanoTime();
        Instant latest = null;
        for (State state : states.values()) {
            synchronized (state) {
                if (state.blockedUntilNanos != 0 && now - state.blockedUntilNanos < 0
                    && (latest == null || state.blockedUntil.isAfter(latest))) {
                    latest = state.blockedUntil;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Lifts every block and forgets every rejection. */
    public void clear() {
        states.clear();
    }

    private static final class State {
        final ArrayDeque<Long> rejections = new ArrayDeque<>();
        long blockedUntilNanos;
        Instant blockedUntil;
    }
}
