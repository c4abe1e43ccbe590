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
package io.github.camelkommo.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small test client: real HTTP/1.1 over loopback with {@link HttpClient}, sending the sandbox token by default. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final KommoSandbox sandbox;
    private final String token;

    Http(KommoSandbox sandbox) {
        this(sandbox, sandbox.token());
    }

    Http(KommoSandbox sandbox, String token) {
        this.sandbox = sandbox;
        this.token = token;
    }

    Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Response post(String path, String json) {
        return send("POST", path, json, "Content-Type", "application/json");
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json, "Content-Type", "application/json");
    }

    /** Sends a request; {@code headers} are name/value pairs; the bearer token is added unless one is given. */
    Response send(String method, String path, String body, String... headers) {
        try {
            return sendOrThrow(method, path, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response sendOrThrow(String method, String path, String body, String... headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body));
        boolean auth = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            auth |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!auth && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** An HTTP-date (IMF-fixdate) for If-Modified-Since. */
    static String httpDate(long epochSecond) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A received answer. */
    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return parse(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
