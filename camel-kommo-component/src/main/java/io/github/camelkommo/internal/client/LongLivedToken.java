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
package io.github.camelkommo.internal.client;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A long-lived token of a private integration: sent as is, never refreshed. */
final class LongLivedToken implements TokenSource {

    private final String token;

    LongLivedToken(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public Optional<String> renewAfterUnauthorized(String rejected) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> expiry() {
        return jwtExpiry(token);
    }

    @Override
    public boolean refreshable() {
        return false;
    }

    @Override
    public Optional<io.github.camelkommo.error.KommoException> failure() {
        return Optional.empty();
    }

    /** The {@code exp} claim of a JWT (Kommo's long-lived tokens and OAuth access tokens are JWTs); empty otherwise. */
    static Optional<Instant> jwtExpiry(String token) {
        return jwtClaims(token).map(claims -> claims.path("exp")).filter(JsonNode::canConvertToLong)
                .map(exp -> Instant.ofEpochSecond(exp.asLong()));
    }

    /** The claims of a JWT (its payload, not verified); empty when the token is not one. */
    static Optional<JsonNode> jwtClaims(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1])));
        } catch (IllegalArgumentException | IOException notAJwt) {
            return Optional.empty();
        }
    }
}
