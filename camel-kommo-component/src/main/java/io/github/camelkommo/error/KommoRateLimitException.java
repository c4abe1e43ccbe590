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
