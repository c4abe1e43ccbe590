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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults armed for the next requests: deterministic rules (each for the next N requests matching a method and
 * path prefix), an optional random failure fraction drawn from a seeded {@link Random}, and a latency added to every
 * API request. Rules are consulted in the order they were added; a request consumes at most one rule.
 */
public final class FaultPlan {

    /** What an armed fault does. */
    public enum Kind {
        /** Answer the status without processing. */
        FAIL,
        /** Close the connection without answering, without processing. */
        DROP,
        /** Process the request, then answer 504. */
        TIMEOUT_AFTER_WRITE,
        /** Answer 429 with a given {@code retry_after}, without processing (evaluated before the rate limiter). */
        RATE_LIMIT
    }

    /** A fault to apply to one request. */
    public record Fault(Kind kind, int status, int retryAfterSeconds) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private Random random;
    private double fraction;
    private int randomStatus;
    private volatile boolean armed;
    private volatile Duration latency = Duration.ZERO;
    private volatile Jitter jitter;

    /** Arms a rule for the next {@code count} matching requests; {@code method} or {@code pathPrefix} null = any. */
    public synchronized void add(Kind kind, int count, String method, String pathPrefix, int status, int retryAfter) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        rules.add(new Rule(kind, method, pathPrefix, status, retryAfter, count));
        armed = true;
    }

    /** Fails {@code fraction} of the requests (that no rule took) with {@code status}; 0 turns it off. */
    public synchronized void setRandom(double fraction, int status, long seed) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within [0, 1]");
        }
        this.fraction = fraction;
        this.randomStatus = status;
        this.random = fraction > 0 ? new Random(seed) : null;
        armed = random != null || !rules.isEmpty();
    }

    public void setLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
    }

    public Duration latency() {
        return latency;
    }

    /** Adds a random delay drawn uniformly from {@code [min, max]} (seeded) to every API request; null turns it off. */
    public void setJitter(Duration min, Duration max, long seed) {
        this.jitter = min == null ? null : new Jitter(min, max, seed);
    }

    /** The latency plus this request's draw of the jitter, if armed. */
    public Duration nextDelay() {
        Jitter j = jitter;
        return j == null ? latency : latency.plusNanos(j.next());
    }

    /** Takes the first armed {@link Kind#RATE_LIMIT} rule matching the request. */
    public Optional<Fault> takeRateLimit(String method, String path) {
        if (!armed) {
            return Optional.empty();
        }
        synchronized (this) {
            return take(method, path, true);
        }
    }

    /** Takes the first armed non-rate-limit rule matching the request, else draws the random failure. */
    public Optional<Fault> takeFault(String method, String path) {
        if (!armed) {
            return Optional.empty();
        }
        synchronized (this) {
            Optional<Fault> fault = take(method, path, false);
            if (fault.isEmpty() && random != null && random.nextDouble() < fraction) {
                return Optional.of(new Fault(Kind.FAIL, randomStatus, 0));
            }
            return fault;
        }
    }

    private Optional<Fault> take(String method, String path, boolean rateLimit) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext();) {
            Rule rule = it.next();
            if ((rule.kind == Kind.RATE_LIMIT) == rateLimit && rule.matches(method, path)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                armed = random != null || !rules.isEmpty();
                return Optional.of(new Fault(rule.kind, rule.status, rule.retryAfter));
            }
        }
        return Optional.empty();
    }

    /** Disarms everything, latency and jitter included. */
    public synchronized void clear() {
        rules.clear();
        random = null;
        fraction = 0;
        armed = false;
        latency = Duration.ZERO;
        jitter = null;
    }

    /** A seeded uniform delay in {@code [min, max]}; draws are serialised so a seed gives one sequence. */
    private static final class Jitter {
        final long minNanos;
        final long spanNanos;
        final Random random;

        Jitter(Duration min, Duration max, long seed) {
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("jitter needs 0 <= min <= max");
            }
            this.minNanos = min.toNanos();
            this.spanNanos = max.toNanos() - minNanos;
            this.random = new Random(seed);
        }

        synchronized long next() {
            return minNanos + (spanNanos == 0 ? 0 : (long) (random.nextDouble() * (spanNanos + 1)));
        }
    }

    private static final class Rule {
        final Kind kind;
        final String method;
        final String pathPrefix;
        final int status;
        final int retryAfter;
        int remaining;

        Rule(Kind kind, String method, String pathPrefix, int status, int retryAfter, int remaining) {
            this.kind = kind;
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.status = status;
            this.retryAfter = retryAfter;
            this.remaining = remaining;
        }

        boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equalsIgnoreCase(requestMethod))
                   && (pathPrefix == null || requestPath.startsWith(pathPrefix));
        }
    }
}
