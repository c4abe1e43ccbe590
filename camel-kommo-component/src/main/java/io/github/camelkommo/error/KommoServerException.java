package io.github.camelkommo.error;

/** Kommo answered 5xx: Kommo failed to process the request (500, 502, 503, 504). A 504 on a batch write may have stored part of the batch. */
public class KommoServerException extends KommoApiException {

    public KommoServerException(String request, int statusCode, String title, String detail, String requestId, String responseBody) {
        super(request, statusCode, title, detail, requestId, responseBody);
    }
}
