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

import io.github.camelkommo.sandbox.internal.rules.FaultPlan;

/**
 * Answers an armed {@code rateLimitNext} fault: 429 with the chosen {@code retry_after}, before the real limiter, so
 * the request neither occupies the rate window nor counts towards a block.
 */
public final class InjectedRateLimitFilter implements ApiFilter {

    private final FaultPlan faults;

    public InjectedRateLimitFilter(FaultPlan faults) {
        this.faults = faults;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        return faults.takeRateLimit(request.method(), request.path())
                .map(fault -> Problems.tooManyRequests(fault.retryAfterSeconds()))
                .orElseGet(() -> next.handle(request));
    }
}
