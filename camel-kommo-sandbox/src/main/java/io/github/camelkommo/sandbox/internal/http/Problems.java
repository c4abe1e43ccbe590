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
package io.github.camelkommo.sandbox.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.ItemErrors;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.ValidationError;

/**
 * The error answers, shaped like Kommo's (kommo-api-v4.md §5): {@code application/problem+json} objects with
 * {@code title}, {@code type} ({@code https://httpstatus.es/<code>}), {@code status} and {@code detail}; the 500 body
 * of the docs (no type, with {@code trace_id}); and bare HTML pages for the answers that come from Kommo's front
 * proxies rather than its API (403 block, 502, 503, 504).
 */
public final class Problems {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Time-out"));

    private Problems() {
    }

    /** A problem+json answer. */
    public static ApiResponse of(int status, String detail) {
        ObjectNode body = Json.object();
        body.put("title", title(status));
        body.put("type", "https://httpstatus.es/" + status);
        body.put("status", status);
        body.put("detail", detail);
        return problem(status, body);
    }

    /** 400 with {@code validation-errors}, exactly as in §5. */
    public static ApiResponse validation(List<ItemErrors> items) {
        ObjectNode body = Json.object();
        ArrayNode groups = body.putArray("validation-errors");
        for (ItemErrors item : items) {
            ObjectNode group = groups.addObject();
            group.put("request_id", item.requestId());
            ArrayNode errors = group.putArray("errors");
            for (ValidationError error : item.errors()) {
                errors.addObject().put("code", error.code()).put("path", error.path()).put("detail", error.detail());
            }
        }
        body.put("title", "Bad Request");
        body.put("type", "https://httpstatus.es/400");
        body.put("status", 400);
        body.put("detail", "Request validation failed");
        return problem(400, body);
    }

    /** 401, as for a wrong, expired or missing token. */
    public static ApiResponse unauthorized() {
        return of(401, "Invalid user name or password");
    }

    /** 402, Kommo's documented body when the account's paid or trial period has ended. */
    public static ApiResponse paymentRequired() {
        return of(402, "Payment required");
    }

    /**
     * 403 for a user without the rights an endpoint needs (a restricted token on an admin-only endpoint). Kommo's
     * docs name the case ("403 Не хватает прав для вызова данного метода", errors as application/problem+json) but
     * show no body; the sandbox sends the problem+json shape of Kommo's other API errors with detail
     * "Access denied" (a choice, see docs/sandbox.md).
     */
    public static ApiResponse insufficientRights() {
        return of(403, "Access denied");
    }

    /** 404 for a path the API does not serve. */
    public static ApiResponse notFound(String method, String url) {
        return of(404, "Cannot " + method + " " + url);
    }

    /** 405 with an {@code Allow} header. */
    public static ApiResponse methodNotAllowed(String method, String path, Set<String> allowed) {
        return of(405, "Method " + method + " is not allowed for " + path)
                .withHeader("Allow", String.join(", ", allowed));
    }

    /**
     * 429 with the body field {@code retry_after} (seconds), or without it when {@code retryAfterSeconds} is negative;
     * no {@code Retry-After} header (Kommo documents none).
     */
    public static ApiResponse tooManyRequests(int retryAfterSeconds) {
        ObjectNode body = Json.object();
        body.put("title", "Too Many Requests");
        body.put("type", "https://httpstatus.es/429");
        body.put("status", 429);
        body.put("detail", "You have sent too many requests in a given amount of time. Please try again later.");
        if (retryAfterSeconds >= 0) { // a negative hint: the 429 comes without one
            body.put("retry_after", retryAfterSeconds);
        }
        return problem(429, body);
    }

    /** 500 in the shape of the docs' example. */
    public static ApiResponse internalError() {
        ObjectNode body = Json.object();
        body.put("title", "ErrInternalServer");
        body.put("status", 500);
        body.put("detail", "Our team are probably already working on the elimination of the problem");
        body.put("trace_id", UUID.randomUUID().toString().replace("-", ""));
        return problem(500, body);
    }

    /** A bare HTML page, as a front proxy answers (403 block, 502, 503, 504). */
    public static ApiResponse html(int status) {
        String line = status + " " + title(status);
        String page = "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
                      + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new ApiResponse(status, "text/html", page.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    /** The answer of an injected failure with this status. */
    public static ApiResponse injected(int status) {
        return switch (status) {
            case 500 -> internalError();
            case 403, 502, 503, 504 -> html(status);
            case 429 -> tooManyRequests(1);
            default -> of(status, "Injected failure");
        };
    }

    static String title(int status) {
        return TITLES.getOrDefault(status, "Error");
    }

    private static ApiResponse problem(int status, ObjectNode body) {
        return new ApiResponse(status, ApiResponse.PROBLEM_JSON, Json.bytes(body), Map.of(), false);
    }
}
