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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /oauth2/access_token} over HTTP: the code exchange, rotation (strict by default, lenient on request), expiry,
 * errors, and a renamed account with the subdomain look-up.
 */
class OAuthTest extends SandboxTestSupport {

    private static final OAuthAuthority.Client CLIENT = KommoSandbox.Builder.DEFAULT_OAUTH_CLIENT;
    private final HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> token(String body, String contentType) throws Exception {
        return tokenAt(sandbox.baseUrl(), body, contentType);
    }

    private HttpResponse<String> tokenAt(String baseUrl, String body, String contentType) throws Exception {
        return raw.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/access_token"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode grant(String type, String field, String value) throws Exception {
        return grantAt(sandbox.baseUrl(), type, field, value);
    }

    /** A token request to {@code baseUrl}, which may name the sandbox by another host than its own. */
    private JsonNode grantAt(String baseUrl, String type, String field, String value) throws Exception {
        HttpResponse<String> r = tokenAt(baseUrl, Http.JSON.writeValueAsString(Map.of("client_id", CLIENT.clientId(),
                "client_secret", CLIENT.clientSecret(), "grant_type", type, field, value,
                "redirect_uri", CLIENT.redirectUri())), "application/json");
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) Http.JSON
                .readTree(r.body());
        return body.put("__status", r.statusCode());
    }

    private int api(String accessToken) {
        return new Http(sandbox, accessToken).get("/api/v4/account").status();
    }

    @Test
    void exchangesACodeOnceWithoutBearerTokenInKommosShape() throws Exception {
        String code = sandbox.oauth().issueCode(null, "s1").code();
        JsonNode pair = grant("authorization_code", "code", code);

        assertThat(pair.path("__status").asInt()).isEqualTo(200);
        assertThat(pair.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(pair.path("expires_in").asLong()).isEqualTo(86_400);
        assertThat(pair.path("server_time").asLong()).isEqualTo(T0);
        assertThat(pair.path("access_token").asText()).hasSizeGreaterThan(20);
        assertThat(pair.path("refresh_token").asText()).hasSizeGreaterThan(20);
        assertThat(api(pair.path("access_token").asText())).isEqualTo(200);

        JsonNode again = grant("authorization_code", "code", code);
        assertThat(again.path("__status").asInt()).isEqualTo(400);
        assertThat(again.path("hint").asText()).isEqualTo("Authorization code has been revoked");
        assertThat(again.path("type").asText()).isEqualTo(OAuthAuthority.PROBLEM_TYPE);
        assertThat(again.path("status").asInt()).isEqualTo(400);
        assertThat(again.has("title") && again.has("detail")).isTrue();
        assertThat(sandbox.stats().requests()).anyMatch(r -> r.path().equals("/oauth2/access_token"));
    }

    @Test
    void aCodeExpiresAfterTwentyMinutesOnTheSandboxClock() throws Exception {
        String code = sandbox.oauth().issueCode(null, null).code();
        sandbox.clock().advanceSeconds(20 * 60);
        JsonNode refused = grant("authorization_code", "code", code);
        assertThat(refused.path("__status").asInt()).isEqualTo(400);
        assertThat(refused.path("hint").asText()).isEqualTo("Authorization code has expired");
    }

    @Test
    void aRefreshTokenWorksOnceByDefault() throws Exception {
        // amocrm-api-php #475: "globally one-time: once another client used it, it is stale at once"; #123: a used
        // refresh token is answered 401 "Token has been revoked"
        assertThat(sandbox.oauth().isLenientRefresh()).isFalse();
        JsonNode first = grant("authorization_code", "code", sandbox.oauth().issueCode(null, null).code());
        String r0 = first.path("refresh_token").asText();

        JsonNode second = grant("refresh_token", "refresh_token", r0);
        assertThat(second.path("__status").asInt()).isEqualTo(200);
        // the answer was lost (a crash before it was stored): the new pair was never used, r0 is void all the same
        JsonNode again = grant("refresh_token", "refresh_token", r0);
        assertThat(again.path("__status").asInt()).isEqualTo(401);
        assertThat(again.path("hint").asText()).isEqualTo("Token has been revoked");
        assertThat(again.path("type").asText()).isEqualTo(OAuthAuthority.PROBLEM_TYPE);

        // the pair that was issued stays good
        assertThat(api(second.path("access_token").asText())).isEqualTo(200);
        assertThat(grant("refresh_token", "refresh_token", second.path("refresh_token").asText()).path("__status")
                .asInt()).isEqualTo(200);
        assertThat(sandbox.oauth().tokensIssued()).isEqualTo(3);
    }

    @Test
    void rotationLenientlyKeepsTheOldRefreshTokenUntilTheNewPairIsUsed() throws Exception {
        sandbox.oauth().setLenientRefresh(true); // the other reading of the guide; the builder's setting after reset
        JsonNode first = grant("authorization_code", "code", sandbox.oauth().issueCode(null, null).code());
        String r0 = first.path("refresh_token").asText();

        JsonNode second = grant("refresh_token", "refresh_token", r0);
        assertThat(second.path("__status").asInt()).isEqualTo(200);
        // the answer was lost: r0 still works, and the pair it issued before is replaced
        JsonNode third = grant("refresh_token", "refresh_token", r0);
        assertThat(third.path("__status").asInt()).isEqualTo(200);
        assertThat(api(second.path("access_token").asText())).isEqualTo(401);
        assertThat(
                grant("refresh_token", "refresh_token", second.path("refresh_token").asText()).path("__status").asInt())
                .isEqualTo(401);

        assertThat(api(third.path("access_token").asText())).isEqualTo(200); // the new pair is used
        JsonNode old = grant("refresh_token", "refresh_token", r0);
        assertThat(old.path("__status").asInt()).isEqualTo(401);
        assertThat(old.path("hint").asText()).isEqualTo("Token has been revoked");
        assertThat(api(first.path("access_token").asText())).isEqualTo(401); // spent with its refresh token
    }

    @Test
    void aRenamedAccountAnswers404OnItsOldHostAndTheLookUpNamesTheNewOne() throws Exception {
        JsonNode pair = grant("authorization_code", "code", sandbox.oauth().issueCode(null, null).code());
        String refresh = pair.path("refresh_token").asText();
        // the access token names the shared API host to ask (amocrm-api-php AmoCRMOAuth::getSharedApiDomain)
        String payload = pair.path("access_token").asText().split("\\.")[1];
        JsonNode claims = Http.JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
        String own = URI.create(sandbox.baseUrl()).getAuthority();
        assertThat(claims.path("api_domain").asText()).isEqualTo(own);

        Http lookUp = new Http(sandbox, null);
        Http.Response before = lookUp.get("/oauth2/account/current/subdomain", "X-Refresh-Token", refresh);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("domain").asText()).isEqualTo(own);
        assertThat(before.json().path("subdomain").asText()).isEqualTo("sandbox");
        assertThat(before.json().path("top_level_domain").asText()).isEqualTo("com");
        assertThat(before.json().path("id").asLong()).isEqualTo(sandbox.data().accountId());

        String renamed = "localhost:" + sandbox.port();
        assertThat(lookUp.post("/__sandbox/oauth/rename", "{\"domain\":\"" + renamed + "\"}").status()).isEqualTo(204);
        JsonNode oldHost = grant("refresh_token", "refresh_token", refresh);
        assertThat(oldHost.path("__status").asInt()).isEqualTo(404);

        Http.Response after = lookUp.get("/oauth2/account/current/subdomain", "X-Refresh-Token", refresh);
        assertThat(after.json().path("domain").asText()).isEqualTo(renamed);
        assertThat(after.json().path("subdomain").asText()).isEqualTo("localhost");
        assertThat(lookUp.get("/oauth2/account/current/subdomain").status()).isEqualTo(401);
        assertThat(lookUp.get("/oauth2/account/current/subdomain", "X-Refresh-Token", "made-up").status())
                .isEqualTo(401);

        JsonNode newHost = grantAt("http://" + renamed, "refresh_token", "refresh_token", refresh);
        assertThat(newHost.path("__status").asInt()).isEqualTo(200);
        assertThat(lookUp.get("/oauth2/account/current/subdomain", "X-Refresh-Token", refresh).status())
                .as("a spent refresh token is not live").isEqualTo(401);
        assertThat(lookUp.post("/__sandbox/oauth/rename", "{\"domain\":\"not a host\"}").status()).isEqualTo(400);
    }

    @Test
    void accessAndRefreshTokensExpireOnTheSandboxClock() throws Exception {
        JsonNode pair = grant("authorization_code", "code", sandbox.oauth().issueCode(null, null).code());
        sandbox.clock().advanceSeconds(86_400);
        assertThat(api(pair.path("access_token").asText())).isEqualTo(401);

        JsonNode next = grant("refresh_token", "refresh_token", pair.path("refresh_token").asText());
        assertThat(next.path("__status").asInt()).isEqualTo(200);
        sandbox.clock().advanceSeconds(90L * 86_400);
        JsonNode expired = grant("refresh_token", "refresh_token", next.path("refresh_token").asText());
        assertThat(expired.path("__status").asInt()).isEqualTo(401);
        assertThat(expired.path("hint").asText()).isEqualTo("Token has expired");
    }

    @Test
    void refusesWrongClientsGrantsAndRevokedIntegrations() throws Exception {
        String code = sandbox.oauth().issueCode(null, null).code();
        HttpResponse<String> wrongSecret = token(Http.JSON.writeValueAsString(Map.of("client_id", CLIENT.clientId(),
                "client_secret", "nope", "grant_type", "authorization_code", "code", code,
                "redirect_uri", CLIENT.redirectUri())), "application/json");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(Http.JSON.readTree(wrongSecret.body()).path("hint").asText())
                .isEqualTo("Client authentication failed");
        assertThat(grant("password", "code", code).path("__status").asInt()).isEqualTo(400);
        assertThat(grant("refresh_token", "refresh_token", "made-up").path("__status").asInt()).isEqualTo(401);

        // form-encoded, as the PHP library's provider sends it
        HttpResponse<String> form = token("client_id=" + CLIENT.clientId() + "&client_secret=" + CLIENT.clientSecret()
                                          + "&grant_type=authorization_code&code=" + code + "&redirect_uri="
                                          + java.net.URLEncoder.encode(CLIENT.redirectUri(),
                                                  java.nio.charset.StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).isEqualTo(200);
        JsonNode pair = Http.JSON.readTree(form.body());

        new Http(sandbox).post("/__sandbox/oauth/revoke", "");
        assertThat(api(pair.path("access_token").asText())).isEqualTo(401);
        assertThat(grant("refresh_token", "refresh_token", pair.path("refresh_token").asText()).path("hint").asText())
                .isEqualTo("Token has been revoked");
    }

    @Test
    void theInspectionApiIssuesCodesAndTheConsentRedirect() throws Exception {
        Http.Response issued = new Http(sandbox).post("/__sandbox/oauth/codes", "{\"state\":\"abc\"}");
        assertThat(issued.status()).isEqualTo(201);
        JsonNode body = issued.json();
        assertThat(body.path("referer").asText()).isEqualTo("sandbox.kommo.com");
        assertThat(body.path("location").asText()).startsWith(CLIENT.redirectUri() + "?code=")
                .contains("&state=abc&referer=sandbox.kommo.com&client_id=" + CLIENT.clientId());
        assertThat(grant("authorization_code", "code", body.path("code").asText()).path("__status").asInt())
                .isEqualTo(200);

        HttpResponse<String> redirect = raw.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                                                                                   + "/__sandbox/oauth/authorize?state=xyz"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).get().asString().contains("state=xyz");
    }
}
