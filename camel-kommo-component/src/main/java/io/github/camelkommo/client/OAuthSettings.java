package io.github.camelkommo.client;

import io.github.camelkommo.auth.KommoTokenStore;

/**
 * The OAuth 2.0 settings of an account. {@link #toString()} shows the client id only.
 *
 * @param refreshToken      a refresh token to start from when the store holds none, or null
 * @param authorizationCode a code to exchange once when the store holds none, or null
 */
public record OAuthSettings(String clientId, String clientSecret, String redirectUri, String refreshToken,
                            String authorizationCode, KommoTokenStore store) {

    @Override
    public String toString() {
        return "OAuthSettings[clientId=" + clientId + ", store=" + store + "]";
    }
}
