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

import java.time.Instant;
import java.util.Optional;

import io.github.camelkommo.error.KommoException;

/** Where an account's bearer token comes from: a long-lived token, or OAuth 2.0 tokens that are refreshed. */
public interface TokenSource {

    /** The token to send now (an OAuth source refreshes it first when it is about to expire). */
    String token() throws KommoException;

    /**
     * Kommo answered 401 to {@code rejected}: a different token to repeat the request with once, or empty when there
     * is none (a long-lived token).
     */
    Optional<String> renewAfterUnauthorized(String rejected) throws KommoException;

    /** When the current token expires, when known. */
    Optional<Instant> expiry();

    /** Whether the token is refreshed by itself (OAuth 2.0). */
    boolean refreshable();

    /** The failure that needs a person (a refused refresh token), if any. */
    Optional<KommoException> failure();
}
