package io.github.camelkommo.error;

/** Kommo answered 401 Unauthorized: the token is wrong, expired or revoked. Create a new long-lived token in Kommo (Settings, Integrations, Keys and scopes). */
public class KommoAuthenticationException extends KommoApiException {

    public KommoAuthenticationException(String request, int statusCode, String title, String detail, String requestId, String responseBody) {
        super(request, statusCode, title, detail, requestId, responseBody);
    }
}
