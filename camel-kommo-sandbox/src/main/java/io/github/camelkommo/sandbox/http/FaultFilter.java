package io.github.camelkommo.sandbox.http;

import java.util.Optional;

import io.github.camelkommo.sandbox.rules.FaultPlan;

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
