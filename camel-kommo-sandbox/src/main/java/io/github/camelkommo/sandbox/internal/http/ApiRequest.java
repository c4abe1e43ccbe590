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

import com.sun.net.httpserver.Headers;

/**
 * One received request: method, raw path and query, headers, body, and the base URL its links must use (taken from
 * its {@code Host} header, so links work whichever address the client used). The auth filter stores the caller's
 * token on it.
 */
public final class ApiRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;
    private final String baseUrl;
    private QueryParams query;
    private String token;

    public ApiRequest(String method, String path, String rawQuery, Headers headers, byte[] body, String baseUrl) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
        this.baseUrl = baseUrl;
    }

    public String method() {
        return method;
    }

    /** The raw path, e.g. {@code /api/v4/leads/5}. */
    public String path() {
        return path;
    }

    /** The parsed query (a malformed one answers 400). */
    public QueryParams query() {
        if (query == null) {
            query = QueryParams.parse(rawQuery);
        }
        return query;
    }

    /** The first value of a header (names are case-insensitive), or null. */
    public String header(String name) {
        return headers.getFirst(name);
    }

    public byte[] body() {
        return body;
    }

    /** {@code http://host:port} as the client addressed the sandbox. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The bearer token the auth filter accepted, or null before it ran. */
    public String token() {
        return token;
    }

    void token(String token) {
        this.token = token;
    }
}
