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

import java.util.concurrent.atomic.LongAdder;

/** Counters of one account's budget, read by JMX, metrics and health checks. */
public final class BudgetStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder permitsWaited = new LongAdder();
    private final LongAdder permitWaitNanos = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder forbiddenTrips = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    void request() {
        requests.increment();
    }

    void waited(long nanos) {
        permitsWaited.increment();
        permitWaitNanos.add(nanos);
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void retry() {
        retries.increment();
    }

    void forbiddenTrip() {
        forbiddenTrips.increment();
    }

    void rejected() {
        rejected.increment();
    }

    /** Requests sent to Kommo, retries included. */
    public long getRequests() {
        return requests.sum();
    }

    /** Requests that had to wait for a permit. */
    public long getPermitsWaited() {
        return permitsWaited.sum();
    }

    /** Total time requests waited for permits, in milliseconds. */
    public long getPermitWaitMillis() {
        return permitWaitNanos.sum() / 1_000_000;
    }

    /** 429 answers received. */
    public long getRateLimited() {
        return rateLimited.sum();
    }

    /** Retries made. */
    public long getRetries() {
        return retries.sum();
    }

    /** Times a 403 opened the account's circuit. */
    public long getForbiddenTrips() {
        return forbiddenTrips.sum();
    }

    /** Requests refused without being sent: no permit in time, or the circuit open. */
    public long getRejected() {
        return rejected.sum();
    }
}
