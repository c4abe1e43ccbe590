package io.github.camelkommo.sandbox.http;

import io.github.camelkommo.sandbox.rules.BlockPolicy;

/** Answers 403 (a bare HTML page, as Kommo's front does) to every request of a blocked token. */
public final class BlockFilter implements ApiFilter {

    private final BlockPolicy policy;

    public BlockFilter(BlockPolicy policy) {
        this.policy = policy;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        if (policy.isBlocked(request.token(), System.nanoTime())) {
            return Problems.html(403);
        }
        return next.handle(request);
    }
}
