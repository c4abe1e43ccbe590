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
import java.util.Set;

import io.github.camelkommo.sandbox.internal.rules.FaultPlan;

/**
 * Runtime fault injection. Deterministic rules apply to the next {@code count} API requests whose method matches
 * ({@code null} = any) and whose path starts with {@code pathPrefix} ({@code null} = any), in the order they were
 * armed; a random failure fraction draws from a seeded {@link java.util.Random}. Faulted requests have passed
 * authentication, the block check and the rate limiter (they occupy the rate window), except
 * {@link #rateLimitNext}, which answers before the limiter.
 */
public final class SandboxFaults {

    private static final Set<Integer> RANDOM_STATUSES = Set.of(500, 502, 503, 504);

    private final FaultPlan plan;

    SandboxFaults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Answers {@code fraction} (0..1) of the requests with {@code status} (500, 502, 503 or 504) without processing
     * them; the same seed gives the same sequence of failures. A fraction of 0 turns it off.
     */
    public SandboxFaults failRandomly(double fraction, int status, long randomSeed) {
        if (!RANDOM_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be 500, 502, 503 or 504");
        }
        plan.setRandom(fraction, status, randomSeed);
        return this;
    }

    /** Answers the next {@code count} matching requests with {@code status} (400..599) without processing them. */
    public SandboxFaults failNext(int count, String method, String pathPrefix, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status (400..599)");
        }
        plan.add(FaultPlan.Kind.FAIL, count, method, pathPrefix, status, 0);
        return this;
    }

    /** Processes the next {@code count} matching requests (the write is kept), then answers 504. */
    public SandboxFaults timeoutAfterWrite(int count, String method, String pathPrefix) {
        plan.add(FaultPlan.Kind.TIMEOUT_AFTER_WRITE, count, method, pathPrefix, 504, 0);
        return this;
    }

    /** Closes the connection of the next {@code count} matching requests without an answer and without processing. */
    public SandboxFaults dropConnectionNext(int count, String method, String pathPrefix) {
        plan.add(FaultPlan.Kind.DROP, count, method, pathPrefix, 0, 0);
        return this;
    }

    /** Delays every API request by {@code d} ({@link Duration#ZERO} turns it off). */
    public SandboxFaults latency(Duration d) {
        plan.setLatency(d);
        return this;
    }

    /**
     * Delays every API request by a random time drawn uniformly from {@code [min, max]} (on top of
     * {@link #latency}), before authentication and the rate limiter, as network jitter delays a request on its way:
     * requests sent evenly then reach the limiter unevenly. The same seed gives the same sequence of delays.
     * {@code min == null} turns it off.
     */
    public SandboxFaults jitter(Duration min, Duration max, long seed) {
        plan.setJitter(min, max, seed);
        return this;
    }

    /**
     * Answers the next {@code count} API requests (any method and path) with 429 and {@code retry_after}, without
     * processing them; they neither occupy the rate window nor count towards a block.
     */
    public SandboxFaults rateLimitNext(int count, int retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        plan.add(FaultPlan.Kind.RATE_LIMIT, count, null, null, 429, retryAfterSeconds);
        return this;
    }

    /**
     * Answers the next {@code count} API requests with 429 and no {@code retry_after} at all, as Kommo has been
     * reported to do (docs/sandbox.md, "Real-world reports"); like {@link #rateLimitNext} they are not processed.
     */
    public SandboxFaults rateLimitNextWithoutHint(int count) {
        plan.add(FaultPlan.Kind.RATE_LIMIT, count, null, null, 429, NO_HINT);
        return this;
    }

    /** The {@code retry_after} of a rate-limit fault that sends none. */
    static final int NO_HINT = -1;

    /** Disarms every fault, latency and jitter included. */
    public void clear() {
        plan.clear();
    }
}
