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
package io.github.camelkommo.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.camelkommo.LogCapture;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.TokenEndpoint;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What else the token endpoint may answer: Kommo's block (an nginx 403 page, also at {@code /oauth2/access_token}:
 * amocrm-api-php#434, #563) is the account's block, not a refused grant; a 404 after the account's subdomain changed is
 * followed to the new host, asked as amocrm-api-php asks it ({@code AmoCRMOAuth.php} lines 174–185, 507–545 at
 * 1354d8a7; docs/sandbox.md).
 */
class OAuthTokenEndpointTest extends OAuthTestSupport {

    private final HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Goes over the sandbox's rate limit with its own token until it blocks the address (Kommo's block). */
    private void provokeTheBlock() throws Exception {
        HttpRequest account = HttpRequest.newBuilder(URI.create(sandbox().baseUrl() + "/api/v4/account"))
                .header("Authorization", "Bearer " + sandbox().token()).build();
        for (int i = 0; i < 2_000 && sandbox().stats().blockedUntil().isEmpty(); i++) {
            raw.send(account, HttpResponse.BodyHandlers.discarding());
        }
        assertThat(sandbox().stats().blockedUntil()).as("the sandbox blocked after repeated 429s").isPresent();
    }

    @Test
    void aBlockAtTheTokenEndpointIsTheAccountsBlockNotARefusedGrant() throws Exception {
        KommoTokens connected = connect(kommo());
        template.requestBody("kommo:leads?operation=list", (Object) null);
        sandbox().clock().advanceSeconds(86_400); // the access token expired at Kommo: the next request refreshes
        provokeTheBlock();
        int issued = sandbox().oauth().tokensIssued();

        Exchange failed = template.request("kommo:leads?operation=list", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(KommoForbiddenException.class)
                .isNotInstanceOf(KommoReauthorizationRequiredException.class);
        assertThat(((KommoForbiddenException) failed.getException()).getResponseBody()).contains("403 Forbidden");
        List<RecordedRequest> refreshes = tokenRequests("refresh_token");
        assertThat(refreshes).extracting(RecordedRequest::status).containsExactly(403);

        KommoClient client = kommo().accounts().clients().get(0);
        assertThat(client.budget().isBlocked()).as("the account's circuit is open").isTrue();
        assertThat(client.tokens().failure()).as("the grant is not judged dead").isEmpty();
        assertThat(new FileTokenStore(tokenDirectory).load(key()).orElseThrow().refreshToken())
                .isEqualTo(connected.refreshToken());
        assertThat(sandbox().oauth().tokensIssued()).isEqualTo(issued);
        assertThat(sandbox().stats().requests("GET", "/oauth2/account/current/subdomain")).isEmpty();

        HealthCheck.Result health = check().call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getMessage()).get().asString().contains("blocked");
        assertThat(health.getDetails()).doesNotContainKey("oauth");

        // while blocked nothing is sent, the token request neither: the same typed error, fast
        int before = sandbox().stats().requests().size();
        for (int i = 0; i < 5; i++) {
            assertThat(template.request("kommo:leads?operation=list", e -> {
            }).getException()).isInstanceOf(KommoForbiddenException.class)
                    .isNotInstanceOf(KommoReauthorizationRequiredException.class);
        }
        assertThat(sandbox().stats().requests().size()).isEqualTo(before);
    }

    @Test
    void aRenamedAccountIsFollowedToItsNewHostAndTheRefreshSentThereOnce() throws Exception {
        KommoTokens connected = connect(kommo());
        template.requestBody("kommo:leads?operation=list", (Object) null);
        String oldHost = URI.create(sandbox().baseUrl()).getAuthority();
        String newHost = "localhost:" + sandbox().port();
        sandbox().oauth().renameAccount(newHost);
        sandbox().clock().advanceSeconds(86_400); // the access token expired: the next request refreshes
        int mark = sandbox().stats().requests().size();

        try (LogCapture log = new LogCapture(TokenEndpoint.class.getName())) {
            Exchange done = template.request("kommo:leads?operation=list", e -> {
            });
            assertThat(done.getException()).isNull();
            assertThat(log.lines()).contains("INFO Kommo account renamed from http://" + oldHost + " to http://"
                                             + newHost + "; the refresh is sent there once more (set the subdomain "
                                             + "or baseUrl to the new name)");
        }
        assertThat(tokenRequests("refresh_token")).extracting(r -> r.headers().get("host") + " " + r.status())
                .containsExactly(oldHost + " 404", newHost + " 200");
        assertThat(sandbox().stats().requests("GET", "/oauth2/account/current/subdomain"))
                .extracting(r -> r.headers().get("host") + " " + r.status()).containsExactly(oldHost + " 200");
        assertThat(tokenRequests("refresh_token").get(1).body()).contains(connected.refreshToken());

        // the API follows: the repeated request and every later one go to the new host
        template.requestBody("kommo:leads?operation=list", (Object) null);
        List<RecordedRequest> api = apiRequestsSince(mark);
        assertThat(api.get(api.size() - 1).headers().get("host")).isEqualTo(newHost);
        assertThat(api.get(api.size() - 2).headers().get("host")).isEqualTo(newHost);
        assertThat(api.get(api.size() - 1).status()).isEqualTo(200);
        assertThat(tokenRequests("refresh_token")).as("one rename, one retried refresh").hasSize(2);
        KommoTokens stored = new FileTokenStore(tokenDirectory).load(key()).orElseThrow();
        assertThat(stored.refreshToken()).isNotEqualTo(connected.refreshToken());
        assertThat(stored.domain()).isEqualTo("localhost");
        assertThat(check().call().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aRefreshTokenSpentByAnotherClientIsRefusedAfterAskingWhereTheAccountLives() throws Exception {
        KommoTokens connected = connect(kommo());
        template.requestBody("kommo:leads?operation=list", (Object) null);
        // another client of the integration spent the refresh token: Kommo answers 401, and the look-up too
        sandbox().oauth().token(Map.of("client_id", CLIENT.clientId(), "client_secret",
                CLIENT.clientSecret(), "redirect_uri", CLIENT.redirectUri(), "grant_type", "refresh_token",
                "refresh_token", connected.refreshToken()));
        sandbox().clock().advanceSeconds(86_400);

        Exchange failed = template.request("kommo:leads?operation=list", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(KommoReauthorizationRequiredException.class);
        assertThat(failed.getException().getMessage()).contains("another client of this integration");
        assertThat(tokenRequests("refresh_token")).hasSize(1);
        assertThat(sandbox().stats().requests("GET", "/oauth2/account/current/subdomain"))
                .extracting(RecordedRequest::status).containsExactly(401);
        assertThat(check().call().getState()).isEqualTo(HealthCheck.State.DOWN);
    }
}
