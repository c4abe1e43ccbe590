package io.github.camelkommo.error;

/** Kommo answered 404 Not Found: the path does not exist on this account. */
public class KommoNotFoundException extends KommoApiException {

    public KommoNotFoundException(String request, int statusCode, String title, String detail, String requestId, String responseBody) {
        super(request, statusCode, title, detail, requestId, responseBody);
    }
}
