package io.github.camelkommo.sandbox.http;

import io.github.camelkommo.sandbox.rules.FaultPlan;

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
