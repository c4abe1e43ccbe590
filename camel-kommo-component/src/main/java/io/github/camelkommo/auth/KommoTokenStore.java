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
