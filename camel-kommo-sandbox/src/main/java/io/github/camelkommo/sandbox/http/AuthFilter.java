package io.github.camelkommo.sandbox.http;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Requires {@code Authorization: Bearer <token>} with an accepted token (a configured one, or an OAuth access token
 * the sandbox issued that has not expired or been revoked); otherwise 401.
 */
public final class AuthFilter implements ApiFilter {

    private static final String BEARER = "bearer ";

    private final Set<String> tokens;

    private final Predicate<String> issued;

    public AuthFilter(Set<String> tokens) {
        this(tokens, token -> false);
    }

    /** @param issued whether an OAuth access token issued by the sandbox is accepted now */
    public AuthFilter(Set<String> tokens, Predicate<String> issued) {
        this.tokens = Set.copyOf(tokens);
        this.issued = issued;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        String header = request.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Problems.unauthorized();
        }
        String token = header.substring(BEARER.length()).trim();
        if (!tokens.contains(token) && !issued.test(token)) {
            return Problems.unauthorized();
        }
        request.token(token);
        return next.handle(request);
    }
}
