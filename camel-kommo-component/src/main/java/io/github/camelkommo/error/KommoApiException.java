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

/**
 * Kommo answered with an error status. Carries the status, Kommo's problem {@code title} and {@code detail}, the
 * {@code X-Request-Id} of the answer when Kommo sent one, and the raw answer body.
 */
public class KommoApiException extends KommoException {

    private final String request;
    private final int statusCode;
    private final String title;
    private final String detail;
    private final String requestId;
    private final String responseBody;

    public KommoApiException(String request, int statusCode, String title, String detail, String requestId,
                             String responseBody) {
        super(request + " failed: HTTP " + statusCode + describe(title, detail)
              + (requestId == null ? "" : " [request id " + requestId + "]"));
        this.request = request;
        this.statusCode = statusCode;
        this.title = title;
        this.detail = detail;
        this.requestId = requestId;
        this.responseBody = responseBody;
    }

    private static String describe(String title, String detail) {
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isBlank()) {
            sb.append(' ').append(title);
        }
        if (detail != null && !detail.isBlank()) {
            sb.append(": ").append(detail);
        }
        return sb.toString();
    }

    /** The call that failed, as {@code GET /api/v4/users?page=1}. */
    public String getRequest() {
        return request;
    }

    /** The HTTP status Kommo answered with. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Kommo's problem title, e.g. {@code Unauthorized}. */
    public String getTitle() {
        return title;
    }

    /** Kommo's problem detail, e.g. {@code Invalid user name or password}. */
    public String getDetail() {
        return detail;
    }

    /** The request id from Kommo's {@code X-Request-Id} answer header, when given. */
    public String getRequestId() {
        return requestId;
    }

    /** The answer body as Kommo sent it. */
    public String getResponseBody() {
        return responseBody;
    }
}
