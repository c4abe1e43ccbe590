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
