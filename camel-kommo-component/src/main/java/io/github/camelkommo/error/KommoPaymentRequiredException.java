package io.github.camelkommo.error;

/** Kommo answered 402 Payment Required: the account's paid or trial period has ended. */
public class KommoPaymentRequiredException extends KommoApiException {

    public KommoPaymentRequiredException(String request, int statusCode, String title, String detail, String requestId, String responseBody) {
        super(request, statusCode, title, detail, requestId, responseBody);
    }
}
