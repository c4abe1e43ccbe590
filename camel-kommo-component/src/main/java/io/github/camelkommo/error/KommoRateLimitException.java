package io.github.camelkommo.error;

import java.time.Duration;

/**
 * Kommo answered 429 Too Many Requests: the request was not processed. {@link #getRetryAfter()} is Kommo's hint of
 * how long to wait ({@code retry_after} in the body, or a {@code Retry-After} header), or {@code null} when none was
 * given. Clients that keep going over are blocked with 403.
 */
public class KommoRateLimitException extends KommoApiException {

    private final Duration retryAfter;

    public KommoRateLimitException(String request, int statusCode, String title, String detail, String requestId,
                                   String responseBody, Duration retryAfter) {
        super(request, statusCode, title, detail, requestId, responseBody);
        this.retryAfter = retryAfter;
    }

    /** How long Kommo asked to wait before the next request, or {@code null} when it gave no hint. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
