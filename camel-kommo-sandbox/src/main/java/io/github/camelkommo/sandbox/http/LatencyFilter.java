package io.github.camelkommo.sandbox.http;

import java.time.Duration;

import io.github.camelkommo.sandbox.rules.FaultPlan;

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
