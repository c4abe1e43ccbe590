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
