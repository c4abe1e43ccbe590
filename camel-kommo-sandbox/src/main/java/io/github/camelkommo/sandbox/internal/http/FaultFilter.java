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

import java.util.Optional;

import io.github.camelkommo.sandbox.internal.rules.FaultPlan;

/**
 * Applies an armed fault to a request that passed the limiter: a failure status without processing, a dropped
 * connection without processing, or processing followed by a 504 (the write is kept).
 */
public final class FaultFilter implements ApiFilter {

    private final FaultPlan faults;

    public FaultFilter(FaultPlan faults) {
        this.faults = faults;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        Optional<FaultPlan.Fault> fault = faults.takeFault(request.method(), request.path());
        if (fault.isEmpty()) {
            return next.handle(request);
        }
        return switch (fault.get().kind()) {
            case FAIL -> Problems.injected(fault.get().status());
            case DROP -> ApiResponse.drop();
            case TIMEOUT_AFTER_WRITE -> {
                next.handle(request);
                yield Problems.html(504);
            }
            case RATE_LIMIT -> throw new IllegalStateException("rate-limit faults are taken before the limiter");
        };
    }
}
