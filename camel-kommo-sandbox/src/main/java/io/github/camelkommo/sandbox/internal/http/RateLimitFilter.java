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

import io.github.camelkommo.sandbox.internal.rules.BlockPolicy;
import io.github.camelkommo.sandbox.internal.rules.SlidingWindowLimiter;

/**
 * The per-token rate limit: a request that finds the window full is answered 429 with {@code retry_after} (whole
 * seconds until the window has room, at least 1), is not processed, and counts towards a block.
 */
public final class RateLimitFilter implements ApiFilter {

    private static final long SECOND = 1_000_000_000L;

    private final SlidingWindowLimiter limiter;
    private final BlockPolicy block;

    public RateLimitFilter(SlidingWindowLimiter limiter, BlockPolicy block) {
        this.limiter = limiter;
        this.block = block;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        long now = System.nanoTime();
        long wait = limiter.tryAcquire(request.token(), now);
        if (wait == 0) {
            return next.handle(request);
        }
        block.recordRejection(request.token(), now);
        return Problems.tooManyRequests((int) Math.max(1, (wait + SECOND - 1) / SECOND));
    }
}
