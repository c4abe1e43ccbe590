package io.github.camelkommo.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * One OAuth 2.0 token pair of a Kommo account, as a {@link KommoTokenStore} keeps it. {@link #toString()} never shows
 * a token.
 *
 * @param accessToken  the bearer token of API calls; {@code null} when only a refresh token is known
 * @param refreshToken the single-use token that gets the next pair
 * @param expiresAt    when the access token expires ({@link Instant#EPOCH} when unknown: refresh before use)
 * @param domain       the account's host as Kommo named it in the consent redirect ({@code referer}, e.g.
 *                     {@code acme.kommo.com}), or {@code null}
 */
public record KommoTokens(String accessToken, String refreshToken, Instant expiresAt, String domain) {

    public KommoTokens {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the access token is missing or expires before {@code instant}. */
    public boolean expiresBefore(Instant instant) {
        return accessToken == null || expiresAt.isBefore(instant);
    }

    @Override
    public String toString() {
        return "KommoTokens[accessToken=" + (accessToken == null ? "none" : "***") + ", refreshToken=***, expiresAt="
               + expiresAt + ", domain=" + domain + "]";
    }
}
