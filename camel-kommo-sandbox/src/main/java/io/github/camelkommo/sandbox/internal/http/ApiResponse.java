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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * An answer to send: status, content type, body and extra headers; or the instruction to drop the connection
 * without answering.
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                          boolean dropConnection) {

    static final String HAL_JSON = "application/hal+json";
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final byte[] EMPTY = new byte[0];

    /** 200 with a HAL body. */
    public static ApiResponse hal(JsonNode body) {
        return hal(Json.bytes(body));
    }

    /** 200 with a HAL body already serialized. */
    public static ApiResponse hal(byte[] body) {
        return new ApiResponse(200, HAL_JSON, body, Map.of(), false);
    }

    /** A plain JSON body. */
    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body), Map.of(), false);
    }

    /** 204 with no body: Kommo's answer for "nothing found". */
    public static ApiResponse noContent() {
        return new ApiResponse(204, null, EMPTY, Map.of(), false);
    }

    /** 304 Not Modified, no body. */
    public static ApiResponse notModified() {
        return new ApiResponse(304, null, EMPTY, Map.of(), false);
    }

    /** Close the connection without any answer. */
    public static ApiResponse drop() {
        return new ApiResponse(0, null, EMPTY, Map.of(), true);
    }

    /** This answer with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(more), dropConnection);
    }
}
