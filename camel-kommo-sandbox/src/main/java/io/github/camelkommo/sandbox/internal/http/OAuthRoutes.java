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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.OAuthAuthority;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The OAuth 2.0 endpoints. {@code POST /oauth2/access_token} is an API request (logged, and served without a bearer
 * token, outside the rate limit of {@code /api/v4}); its body is JSON (K-TOKEN) or form-encoded (as the official PHP
 * library's OAuth provider sends it). After a rename it answers 404 to requests addressed to another host.
 * {@code GET /oauth2/account/current/subdomain} (a live refresh token in {@code X-Refresh-Token}) names the account's
 * host. The inspection side: {@code POST /__sandbox/oauth/codes} (body optional:
 * {@code {"client_id","state"}}) issues a code as the consent page does, {@code GET /__sandbox/oauth/authorize?client_id=&state=}
 * answers 302 to the integration's redirect URI with the code (an "Allow" press),
 * {@code POST /__sandbox/oauth/revoke} deactivates the integration, and {@code POST /__sandbox/oauth/rename}
 * ({@code {"domain":"host[:port]"}}) renames the account.
 */
public final class OAuthRoutes {

    private OAuthRoutes() {
    }

    /** {@code /oauth2/...}: the token endpoint and the subdomain look-up. */
    public static Router api(OAuthAuthority authority) {
        return new Router().on("POST", "/oauth2/access_token", (request, ids) -> {
            if (!authority.servesHost(request.header("Host"))) {
                return problem(new OAuthAuthority.OAuthError(404, "Account not found on this host"));
            }
            Map<String, String> body;
            try {
                body = parameters(request);
            } catch (RuntimeException | IOException e) {
                return problem(
                        new OAuthAuthority.OAuthError(400, "Check the request body: a JSON object or form parameters"));
            }
            try {
                return ApiResponse.json(200, authority.token(body));
            } catch (OAuthAuthority.OAuthError e) {
                return problem(e);
            }
        }).on("GET", "/oauth2/account/current/subdomain", (request, ids) -> {
            try {
                return ApiResponse.json(200, authority.accountDomain(request.header("X-Refresh-Token")));
            } catch (OAuthAuthority.OAuthError e) {
                return problem(e);
            }
        });
    }

    /** {@code /__sandbox/oauth/...}: codes, the consent redirect, revocation. */
    public static Router admin(OAuthAuthority authority) {
        return new Router()
                .on("POST", "/__sandbox/oauth/codes", (request, ids) -> {
                    JsonNode body = request.body().length == 0 ? Json.object() : readJson(request.body());
                    OAuthAuthority.IssuedCode code = issue(authority, Json.textOf(body, "client_id"),
                            Json.textOf(body, "state"));
                    ObjectNode out = Json.object();
                    out.put("code", code.code());
                    out.put("client_id", code.clientId());
                    out.put("referer", code.referer());
                    out.put("state", code.state());
                    out.put("redirect_uri", code.redirectUri());
                    out.put("location", code.location());
                    return ApiResponse.json(201, out);
                })
                .on("GET", "/__sandbox/oauth/authorize", (request, ids) -> {
                    OAuthAuthority.IssuedCode code = issue(authority, request.query().first("client_id").orElse(null),
                            request.query().first("state").orElse(null));
                    return new ApiResponse(302, null, new byte[0], Map.of("Location", code.location()), false);
                })
                .on("POST", "/__sandbox/oauth/revoke", (request, ids) -> {
                    authority.revokeAll();
                    return ApiResponse.noContent();
                })
                .on("POST", "/__sandbox/oauth/rename", (request, ids) -> {
                    try {
                        authority.renameAccount(Json.textOf(readJson(request.body()), "domain"));
                    } catch (IllegalArgumentException e) {
                        throw new ApiProblem(Problems.of(400, e.getMessage()));
                    }
                    return ApiResponse.noContent();
                });
    }

    private static OAuthAuthority.IssuedCode issue(OAuthAuthority authority, String clientId, String state) {
        try {
            return authority.issueCode(clientId, state);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(Problems.of(400, e.getMessage()));
        }
    }

    private static ApiResponse problem(OAuthAuthority.OAuthError error) {
        return new ApiResponse(error.status(), ApiResponse.PROBLEM_JSON, Json.bytes(error.body()), Map.of(), false);
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ApiProblem(Problems.of(400, "The body is not JSON"));
        }
    }

    /** The body's parameters: a JSON object, or form-encoded. */
    private static Map<String, String> parameters(ApiRequest request) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String type = request.header("Content-Type");
        String text = new String(request.body(), StandardCharsets.UTF_8).trim();
        if (type != null && type.toLowerCase().contains("x-www-form-urlencoded")) {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(key, value);
            }
            return out;
        }
        JsonNode json = Json.MAPPER.readTree(text.isEmpty() ? "{}" : text);
        if (!json.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        json.fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : null));
        return out;
    }
}
