package io.github.camelkommo.error;

/** Kommo answered 403 Forbidden: the account or this IP is blocked, usually after repeated 429 answers. Kommo blocks every request and disables webhooks until the block is lifted. */
public class KommoForbiddenException extends KommoApiException {

    public KommoForbiddenException(String request, int statusCode, String title, String detail, String requestId, String responseBody) {
        super(request, statusCode, title, detail, requestId, responseBody);
    }
}
