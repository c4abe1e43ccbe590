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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelkommo.internal.budget.BudgetedRequest;

/**
 * One call of the Kommo API: method, path below {@code /api/v4/}, query parameters in Kommo's bracket form, an
 * optional {@code If-Modified-Since} and an optional JSON body already serialized (so serializing never happens while
 * a rate permit is held). It may carry a {@link Label}: on whose behalf it is sent, which metrics report it under.
 */
public final class KommoRequest implements BudgetedRequest {

    /**
     * What a request is sent for, as metrics name it: the endpoint's entity and its producer's operation
     * ({@code leads}, {@code link}), or the entity and what the component does on its own ({@code leads},
     * {@code poll}; {@code account}, {@code probe}).
     */
    public record Label(String entity, String operation) {

        /** The label of a request sent through a client directly, not by a producer, consumer or check. */
        public static final Label OTHER = new Label("other", "other");
    }

    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final String ifModifiedSince;
    private final byte[] body;
    private final Label label;

    private KommoRequest(String method, String path, List<Map.Entry<String, String>> query, String ifModifiedSince,
                         byte[] body, Label label) {
        this.method = method;
        this.path = path;
        this.query = List.copyOf(query);
        this.ifModifiedSince = ifModifiedSince;
        this.body = body;
        this.label = label;
    }

    public static KommoRequest get(String path, List<Map.Entry<String, String>> query) {
        return new KommoRequest("GET", path, query, null, null, null);
    }

    public static KommoRequest post(String path, byte[] body) {
        return new KommoRequest("POST", path, List.of(), null, body, null);
    }

    public static KommoRequest patch(String path, byte[] body) {
        return new KommoRequest("PATCH", path, List.of(), null, body, null);
    }

    /** A DELETE with a JSON body (Kommo's webhook unsubscription). */
    public static KommoRequest delete(String path, byte[] body) {
        return new KommoRequest("DELETE", path, List.of(), null, body, null);
    }

    /** The same request with an {@code If-Modified-Since} header (an HTTP-date). */
    public KommoRequest ifModifiedSince(String httpDate) {
        return new KommoRequest(method, path, query, httpDate, body, label);
    }

    /** The same GET with another value of one query parameter (the page of a list). */
    public KommoRequest withQueryParameter(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(query);
        copy.removeIf(e -> e.getKey().equals(name));
        copy.add(Map.entry(name, value));
        return new KommoRequest(method, path, copy, ifModifiedSince, body, label);
    }

    /** The same request sent for an entity and operation, as metrics report it. */
    public KommoRequest labelled(String entity, String operation) {
        return labelled(new Label(entity, operation));
    }

    /** The same request under a label. */
    public KommoRequest labelled(Label label) {
        return new KommoRequest(method, path, query, ifModifiedSince, body, label);
    }

    /** What the request is sent for, or null when it carries no label yet. */
    public Label label() {
        return label;
    }

    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** The page a list request asks for; 1 when it names none. */
    public int page() {
        return query.stream().filter(e -> e.getKey().equals("page"))
                .mapToInt(e -> Integer.parseInt(e.getValue())).findFirst().orElse(1);
    }

    public String ifModifiedSince() {
        return ifModifiedSince;
    }

    public byte[] body() {
        return body;
    }

    /** Whether sending it twice does no more than sending it once: every method but POST. */
    @Override
    public boolean isIdempotent() {
        return !"POST".equals(method);
    }

    /** {@code /api/v4/leads?page=2&limit=250}, encoded. */
    public String pathAndQuery() {
        String encoded = query.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/api/v4/" + path + (encoded.isEmpty() ? "" : "?" + encoded);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]");
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery();
    }
}
