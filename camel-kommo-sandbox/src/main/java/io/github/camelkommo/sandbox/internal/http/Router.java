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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelkommo.sandbox.internal.store.ValidationException;

/**
 * Maps method and path to a handler. Patterns are literal segments, numeric parameters ({@code {id}}) and string
 * parameters, which the handler reads from the path: {@code {key}} (lower-case letters and digits, at least one
 * digit, such as an event id) and {@code {name}} (lower-case letters, digits, underscores: a field group id); a path
 * that matches some pattern but not with this method is answered 405, a path that matches none 404. Handler errors
 * become answers: {@link ApiProblem} its own, {@link ValidationException} the 400 {@code validation-errors} problem.
 */
public final class Router implements ApiHandler {

    /** Handles a matched request; {@code ids} holds the numeric path parameters in order. */
    @FunctionalInterface
    public interface RouteHandler {
        ApiResponse handle(ApiRequest request, long[] ids);
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; {@code pattern} like {@code /api/v4/leads/{id}}. */
    public Router on(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method, segments(pattern), handler));
        return this;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String[] parts = segments(request.path());
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            long[] ids = route.match(parts);
            if (ids == null) {
                continue;
            }
            if (route.method.equals(request.method())) {
                try {
                    return route.handler.handle(request, ids);
                } catch (ApiProblem e) {
                    return e.response();
                } catch (ValidationException e) {
                    return Problems.validation(e.items());
                }
            }
            allowed.add(route.method);
        }
        if (!allowed.isEmpty()) {
            return Problems.methodNotAllowed(request.method(), request.path(), allowed);
        }
        return Problems.notFound(request.method(), request.baseUrl() + request.path());
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    private record Route(String method, String[] pattern, RouteHandler handler) {

        /** The string parameters and what they match (not passed in {@code ids}). */
        private static final Map<String, String> STRINGS = Map.of(
                "{key}", "(?=.*\\d)[0-9a-z]{1,40}",
                "{name}", "[0-9a-z_]{1,60}");

        long[] match(String[] parts) {
            if (parts.length != pattern.length) {
                return null;
            }
            int count = 0;
            for (int i = 0; i < pattern.length; i++) {
                if (STRINGS.containsKey(pattern[i])) {
                    if (!parts[i].matches(STRINGS.get(pattern[i]))) {
                        return null;
                    }
                } else if (isParameter(pattern[i])) {
                    if (!isId(parts[i])) {
                        return null;
                    }
                    count++;
                } else if (!pattern[i].equals(parts[i])) {
                    return null;
                }
            }
            long[] ids = new long[count];
            count = 0;
            for (int i = 0; i < pattern.length; i++) {
                if (isParameter(pattern[i]) && !STRINGS.containsKey(pattern[i])) {
                    ids[count++] = Long.parseLong(parts[i]);
                }
            }
            return ids;
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{");
        }

        private static boolean isId(String part) {
            if (part.isEmpty() || part.length() > 18) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
