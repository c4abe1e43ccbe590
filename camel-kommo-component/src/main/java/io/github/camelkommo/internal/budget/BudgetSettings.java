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

/**
 * How an account's budget behaves.
 *
 * @param requestsPerSecond  requests Kommo allows per second (7); permits are spaced evenly, 1/requestsPerSecond
 *                           apart, and no more requests than this hold a place of the arrival window at once
 * @param permitTimeout      how long a request may wait for a permit before it fails
 * @param maxRetries         retries after the first attempt
 * @param initialBackoff     the first wait before retrying a 5xx or a lost connection; it doubles each time
 * @param maxBackoff         the longest such wait
 * @param maxRetryAfter      the longest wait Kommo's 429 hint may impose before a retry
 * @param forbiddenCooldown  how long nothing is sent after a 403
 */
public record BudgetSettings(int requestsPerSecond, Duration permitTimeout, int maxRetries, Duration initialBackoff,
                             Duration maxBackoff, Duration maxRetryAfter, Duration forbiddenCooldown) {

    public BudgetSettings {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1, was " + requestsPerSecond);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
    }

    /**
     * The time between two permits, before any widening after a 429. The spacing only paces; the arrival window is
     * what keeps every second at the limit, so it needs no margin.
     */
    public Duration permitSpacing() {
        return Duration.ofNanos(1_000_000_000L / requestsPerSecond);
    }
}
