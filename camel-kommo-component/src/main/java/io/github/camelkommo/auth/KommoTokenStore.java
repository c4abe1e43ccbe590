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
package io.github.camelkommo.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the OAuth 2.0 tokens of Kommo accounts live, so that a refresh token, which Kommo lets be spent only once, is
 * never lost or spent twice. Keys are {@code clientId@host} ({@code 0a1b…@acme.kommo.com}).
 * <p>
 * Every method must be atomic against every other user of the same store: other threads, and other processes or
 * replicas when the store is shared ({@link JdbcTokenStore}). The component spends a refresh token only after
 * {@link #claim claiming} it, and uses a new access token only after {@link #compareAndSet storing} the new pair, so a
 * crash at any point leaves the store holding a refresh token that still works.
 */
public interface KommoTokenStore {

    /** The stored pair of the account, if any. */
    Optional<KommoTokens> load(String key);

    /**
     * Stores {@code next} only if the stored pair's refresh token is still {@code expectedRefreshToken} (or, with
     * {@code null}, only if nothing is stored), and clears any claim. Returns whether it stored.
     */
    boolean compareAndSet(String key, String expectedRefreshToken, KommoTokens next);

    /**
     * Claims the right to spend {@code refreshToken} until {@code until}: succeeds only if it is still the stored
     * refresh token and no other owner holds an unexpired claim on it (the same owner may renew its claim).
     */
    boolean claim(String key, String refreshToken, String owner, Instant until);
}
