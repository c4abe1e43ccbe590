package io.github.camelkommo.sandbox.http;

import java.util.Set;

/** Requires {@code Authorization: Bearer <token>} with an accepted token; otherwise 401. */
public final class AuthFilter implements ApiFilter {

    private static final String BEARER = "bearer ";

    private final Set<String> tokens;

    public AuthFilter(Set<String> tokens) {
        this.tokens = Set.copyOf(tokens);
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        String header = request.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Problems.unauthorized();
        }
        String token = header.substring(BEARER.length()).trim();
        if (!tokens.contains(token)) {
            return Problems.unauthorized();
        }
        request.token(token);
        return next.handle(request);
    }
}
