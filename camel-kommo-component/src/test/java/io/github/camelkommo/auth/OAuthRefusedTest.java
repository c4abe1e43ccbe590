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

import java.util.Map;

import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kommo refuses the refresh token (the integration was deactivated): a typed error that says how to authorise again,
 * the health check DOWN, and no further request to Kommo however often the routes try, until a person connects the
 * account again through {@link KommoConsent}.
 */
class OAuthRefusedTest extends OAuthTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list");
            }
        };
    }

    @Test
    void aRefusedRefreshTokenIsATypedErrorWithHealthDownAndNoLoop() throws Exception {
        connect(kommo());
        template.requestBody("direct:leads", (Object) null);
        sandbox().oauth().revokeAll(); // an administrator deactivated the integration

        Exchange failed = template.request("direct:leads", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(KommoReauthorizationRequiredException.class);
        KommoReauthorizationRequiredException refused = (KommoReauthorizationRequiredException) failed.getException();
        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(refused.getHint()).isEqualTo("Token has been revoked");
        assertThat(refused.getMessage()).contains("authorise the integration again")
                .contains("client_id=" + CLIENT.clientId());
        assertThat(sandbox().stats().requests("GET", "/oauth2/account/current/subdomain"))
                .as("asked once whether the account was renamed, before giving up").hasSize(1)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(401));

        HealthCheck.Result health = check().call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getMessage()).get().asString().contains("Token has been revoked").contains("authorise");
        assertThat(health.getDetails()).containsEntry("oauth", "reauthorization required");

        int mark = sandbox().stats().requests().size();
        for (int i = 0; i < 20; i++) {
            assertThat(template.request("direct:leads", e -> {
            }).getException())
                    .isInstanceOf(KommoReauthorizationRequiredException.class);
        }
        assertThat(check().call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(sandbox().stats().requests().size()).as("nothing sent while refused").isEqualTo(mark);
        assertThat(tokenRequests("refresh_token")).as("the refused refresh was tried once").hasSize(1);

        // a person connects the account again; the routes take the new tokens up at once
        KommoConsent consent = new KommoConsent(kommo());
        String state = consent.newState();
        var issued = sandbox().oauth().issueCode(null, state);
        KommoTokens tokens = consent.complete(Map.of("code", issued.code(), "state", state, "referer", issued.referer(),
                "client_id", issued.clientId()));
        assertThat(tokens.domain()).isEqualTo("sandbox.kommo.com");
        assertThat(template.request("direct:leads", e -> {
        }).getException()).isNull();
        assertThat(check().call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(new FileTokenStore(tokenDirectory).load(key()).orElseThrow().refreshToken())
                .isEqualTo(tokens.refreshToken());
    }

    @Test
    void theConsentChecksStateAndReferer() {
        KommoConsent consent = new KommoConsent(kommo());
        String code = sandbox().oauth().issueCode(null, null).code();
        assertThat(consent.consentUrl().toString())
                .startsWith("https://www.kommo.com/oauth?client_id=" + CLIENT.clientId() + "&state=");

        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> consent.complete(Map.of("code", code, "state", "forged",
                        "referer", "sandbox.kommo.com")))
                .hasMessageContaining("unknown, used or expired state");
        String state = consent.newState();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consent.complete(Map.of("code", code, "state", state,
                "referer", "evil.example.com"))).hasMessageContaining("not a Kommo account's host");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consent.complete(Map.of("error", "access_denied",
                "state", consent.newState()))).hasMessageContaining("access_denied");
        assertThat(sandbox().stats().requests("POST", "/oauth2/")).as("nothing exchanged").isEmpty();
    }

    @Test
    void anAmocrmRuAccountIsConnectedWithItsDomainFromTheReferer() throws Exception {
        KommoConsent consent = new KommoConsent(kommo());
        String state = consent.newState();
        String code = sandbox().oauth().issueCode(null, state).code();
        // baseUrl (the sandbox) wins for where requests go; the account's domain is the referer's
        KommoTokens tokens = consent.complete(Map.of("code", code, "state", state, "referer", "acme.amocrm.ru"));
        assertThat(tokens.domain()).isEqualTo("acme.amocrm.ru");
        assertThat(new FileTokenStore(tokenDirectory).load(key()).orElseThrow().domain()).isEqualTo("acme.amocrm.ru");

        kommo().getConfiguration().setDomain("amocrm.ru");
        assertThat(consent.consentUrl().toString()).startsWith("https://www.amocrm.ru/oauth?client_id=");
    }

    @Test
    void noTokensAtAllIsTheSameTypedErrorWithoutARequest() {
        Exchange failed = template.request("direct:leads", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(KommoReauthorizationRequiredException.class)
                .hasMessageContaining("holds no tokens");
        assertThat(check().call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(sandbox().stats().total()).isZero();
    }
}
