package io.github.camelkommo.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of the Kommo API.
 *
 * @param status    the HTTP status (200, 201, 202 or 204)
 * @param body      the parsed body, or {@code null} for 204 No Content
 * @param requestId Kommo's {@code X-Request-Id}, when sent
 */
public record KommoResponse(int status, JsonNode body, String requestId) {

    /** Whether Kommo answered with no content: an empty list, a page past the end, or a missing entity. */
    public boolean isEmpty() {
        return body == null || body.isMissingNode() || body.isNull();
    }
}
