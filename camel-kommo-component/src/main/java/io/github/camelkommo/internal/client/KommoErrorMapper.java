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
package io.github.camelkommo.internal.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.error.KommoAuthenticationException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoNotFoundException;
import io.github.camelkommo.error.KommoPaymentRequiredException;
import io.github.camelkommo.error.KommoRateLimitException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.error.KommoValidationError;
import io.github.camelkommo.error.KommoValidationException;

/**
 * Turns an error answer of Kommo into the matching {@link KommoApiException} subtype, with Kommo's problem details
 * ({@code title}, {@code detail}, {@code validation-errors}, {@code retry_after}). Bodies that are not JSON (a bare
 * "403 Forbidden" page) still map by status.
 */
final class KommoErrorMapper {

    private final ObjectMapper mapper;

    KommoErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    KommoApiException map(KommoRequest request, int status, byte[] body, String requestId, String retryAfterHeader) {
        return map(request.toString(), status, body, requestId, retryAfterHeader);
    }

    /** @param call the failed call as messages show it, e.g. {@code POST /oauth2/access_token} */
    KommoApiException map(String call, int status, byte[] body, String requestId, String retryAfterHeader) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode problem = parse(text);
        String title = problem.path("title").asText(null);
        String detail = problem.path("detail").asText(null);
        if (detail == null && problem.has("error_description")) {
            detail = problem.path("error_description").asText();
        }
        if (title == null && detail == null && !text.isBlank() && !problem.isObject()) {
            detail = text.length() > 200 ? text.substring(0, 200) + "…" : text.strip();
        }
        return switch (status) {
            case 400 -> problem.has("validation-errors")
                                                         ? new KommoValidationException(call, status, title, detail,
                                                                 requestId, text, validationErrors(problem))
                                                         : new KommoApiException(call, status, title, detail, requestId,
                                                                 text);
            case 401 -> new KommoAuthenticationException(call, status, title, detail, requestId, text);
            case 402 -> new KommoPaymentRequiredException(call, status, title, detail, requestId, text);
            case 403 -> new KommoForbiddenException(call, status, title, customersHint(call, detail), requestId,
                    text);
            case 404 -> new KommoNotFoundException(call, status, title, detail, requestId, text);
            case 429 -> new KommoRateLimitException(call, status, title, detail, requestId, text,
                    retryAfter(problem, retryAfterHeader));
            default -> status >= 500
                                     ? new KommoServerException(call, status, title, detail, requestId, text)
                                     : new KommoApiException(call, status, title, detail, requestId, text);
        };
    }

    /**
     * A 403 to a customers request may mean the account's customers are off: the reference does not say what Kommo
     * answers then, so the message names the account setting whatever Kommo's own detail says.
     */
    private static String customersHint(String call, String detail) {
        boolean customers = call.matches("[A-Z]+ (/api/v4/)?customers([/?].*)?");
        if (!customers || detail != null && detail.contains("customers_mode")) {
            return detail;
        }
        return (detail == null ? "" : detail + "; ") + "customers need the account's customers_mode on (segments or "
               + "periodicity; the account shows it in customers_mode), and the rights to customers";
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = text.isBlank() ? null : mapper.readTree(text);
            return node == null ? mapper.missingNode() : node;
        } catch (Exception notJson) {
            return mapper.missingNode();
        }
    }

    private static List<KommoValidationError> validationErrors(JsonNode problem) {
        List<KommoValidationError> errors = new ArrayList<>();
        for (JsonNode item : problem.path("validation-errors")) {
            String requestId = item.path("request_id").asText(null);
            int position = positionOf(requestId);
            for (JsonNode error : item.path("errors")) {
                errors.add(new KommoValidationError(position, requestId, error.path("code").asText(null),
                        error.path("path").asText(null), error.path("detail").asText(null)));
            }
        }
        return errors;
    }

    /** The client sends each item's input position as its request_id, so Kommo's echo names the position. */
    private static int positionOf(String requestId) {
        try {
            return requestId == null ? -1 : Integer.parseInt(requestId);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Duration retryAfter(JsonNode problem, String header) {
        if (problem.path("retry_after").canConvertToLong()) {
            return Duration.ofSeconds(problem.path("retry_after").asLong());
        }
        if (header != null && header.strip().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(header.strip()));
        }
        return null;
    }
}
