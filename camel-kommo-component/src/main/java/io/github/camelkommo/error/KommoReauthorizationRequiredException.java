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
 * Kommo refused the OAuth 2.0 grant of an account: the refresh token (or authorization code) is invalid, was already
 * spent, expired (unused for three months) or was revoked (the integration was deactivated or its secret
 * regenerated), or there are no tokens at all. Nothing retries it: a person must authorise the integration again.
 * The message says how; it never contains a token or the client secret.
 */
public class KommoReauthorizationRequiredException extends KommoAuthenticationException {

    private final String hint;

    /**
     * @param status 400 or 401 as the token endpoint answered, or 0 when no tokens were found
     * @param hint   Kommo's {@code hint} ({@code Token has been revoked}), or the reason when no request was made
     */
    public KommoReauthorizationRequiredException(String request, int status, String title, String detail, String hint,
                                                 String requestId, String responseBody, String steps) {
        super(request, status, title, join(hint, detail, steps), requestId, responseBody);
        this.hint = hint;
    }

    private KommoReauthorizationRequiredException(KommoReauthorizationRequiredException original) {
        super(original.getRequest(), original.getStatusCode(), original.getTitle(), original.getDetail(),
                original.getRequestId(), original.getResponseBody());
        this.hint = original.hint;
    }

    private static String join(String hint, String detail, String steps) {
        StringBuilder sb = new StringBuilder();
        if (hint != null && !hint.isBlank()) {
            sb.append(hint);
        }
        if (detail != null && !detail.isBlank()) {
            sb.append(sb.length() > 0 ? " (" + detail + ")" : detail);
        }
        return sb.append(". ").append(steps).toString();
    }

    /** Kommo's {@code hint}, e.g. {@code Token has been revoked}. */
    public String getHint() {
        return hint;
    }

    /** The same failure, thrown again for a later request, with its own stack. */
    public KommoReauthorizationRequiredException again() {
        return new KommoReauthorizationRequiredException(this);
    }
}
