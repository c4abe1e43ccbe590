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
package io.github.camelkommo.sandbox.internal.http;

import java.time.Duration;

import io.github.camelkommo.sandbox.internal.rules.FaultPlan;

/**
 * Delays every API request by the latency and the random jitter armed in the fault plan, before anything else happens
 * to it (so before the rate limiter sees it, as network jitter delays a request on its way to Kommo).
 */
public final class LatencyFilter implements ApiFilter {

    private final FaultPlan faults;

    public LatencyFilter(FaultPlan faults) {
        this.faults = faults;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        Duration latency = faults.nextDelay();
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return next.handle(request);
    }
}
