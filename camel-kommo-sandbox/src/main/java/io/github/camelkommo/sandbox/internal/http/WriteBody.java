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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.ItemErrors;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.ValidationError;
import io.github.camelkommo.sandbox.internal.store.ValidationException;

/**
 * The body of a write: {@code Content-Type: application/json} (400 otherwise), not empty, valid JSON; a batch is an
 * array of 1..max objects (more answers 422 "Limit N per page"). Each item's request id is its {@code request_id}
 * string, or its index; a {@code request_id} that is not a string is a validation error.
 */
final class WriteBody {

    private WriteBody() {
    }

    /** The items of a batch write and their request ids. */
    record Batch(List<ObjectNode> items, List<String> requestIds) {
    }

    static Batch batch(ApiRequest request, int max) {
        JsonNode body = parse(request);
        if (!body.isArray()) {
            throw bad("Request data must be an array of objects");
        }
        if (body.isEmpty()) {
            throw bad("Request data can not be empty");
        }
        if (body.size() > max) {
            throw new ApiProblem(Problems.of(422, "Limit " + max + " per page"));
        }
        List<ObjectNode> items = new ArrayList<>(body.size());
        List<String> ids = new ArrayList<>(body.size());
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            if (!item.isObject()) {
                throw bad("Request data must be an array of objects");
            }
            items.add((ObjectNode) item);
            JsonNode requestId = item.get("request_id");
            if (requestId == null || requestId.isNull()) {
                ids.add(String.valueOf(i));
            } else if (requestId.isTextual()) {
                ids.add(requestId.asText());
            } else {
                ids.add(String.valueOf(i));
                errors.add(new ItemErrors(String.valueOf(i), List.of(new ValidationError("InvalidType", "request_id",
                        "This value should be of type string."))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Batch(items, ids);
    }

    static ObjectNode object(ApiRequest request) {
        JsonNode body = parse(request);
        if (!body.isObject()) {
            throw bad("Request data must be an object");
        }
        return (ObjectNode) body;
    }

    private static JsonNode parse(ApiRequest request) {
        String type = request.header("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                       || mediaType.startsWith("application/") && mediaType.endsWith("+json");
        if (!json) {
            throw bad("Content-Type must be application/json");
        }
        if (request.body().length == 0) {
            throw bad("Request data can not be empty");
        }
        try {
            JsonNode body = Json.MAPPER.readTree(request.body());
            if (body == null || body.isMissingNode()) {
                throw bad("Request data can not be empty");
            }
            return body;
        } catch (IOException e) {
            throw bad("Request body is not valid JSON");
        }
    }

    private static ApiProblem bad(String detail) {
        return new ApiProblem(Problems.of(400, detail));
    }
}
