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

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour switches: ignoring If-Modified-Since, 402 for an unpaid account, a non-admin token. */
class SwitchesTest extends SandboxTestSupport {

    private static final String PAYMENT_REQUIRED = "{\"title\":\"Payment Required\","
                                                   + "\"type\":\"https://httpstatus.es/402\",\"status\":402,\"detail\":\"Payment required\"}";
    private static final String ACCESS_DENIED = "{\"title\":\"Forbidden\",\"type\":\"https://httpstatus.es/403\","
                                                + "\"status\":403,\"detail\":\"Access denied\"}";

    @Test
    void ignoringIfModifiedSinceServesListsAsIfTheHeaderWereAbsent() {
        String future = Http.httpDate(T0 + 86_400);
        assertThat(http.get("/api/v4/leads", "If-Modified-Since", future).status()).isEqualTo(204);

        sandbox.setIgnoreIfModifiedSince(true);
        sandbox.setNotModifiedStatus(304);
        Http.Response ignored = http.get("/api/v4/leads", "If-Modified-Since", future);
        assertThat(ignored.status()).isEqualTo(200);
        assertThat(ignored.json().at("/_embedded/leads").size()).isEqualTo(sandbox.data().count("leads"));

        sandbox.setIgnoreIfModifiedSince(false);
        assertThat(http.get("/api/v4/leads", "If-Modified-Since", future).status()).isEqualTo(304);
        sandbox.reset();
        assertThat(http.get("/api/v4/leads", "If-Modified-Since", future).status()).isEqualTo(204);
    }

    @Test
    void paymentRequiredAnswersEveryApiRequest402AndStoresNothing() {
        int before = sandbox.data().count("leads");
        sandbox.setPaymentRequired(true);

        Http.Response list = http.get("/api/v4/leads");
        assertThat(list.status()).isEqualTo(402);
        assertThat(list.contentType()).isEqualTo("application/problem+json");
        assertThat(list.json()).isEqualTo(Http.parse(PAYMENT_REQUIRED));
        assertThat(http.post("/api/v4/leads", "[{\"name\":\"x\"}]").json()).isEqualTo(Http.parse(PAYMENT_REQUIRED));
        assertThat(http.get("/api/v4/account").status()).isEqualTo(402);
        assertThat(new Http(sandbox, "wrong").get("/api/v4/leads").status()).isEqualTo(401);
        assertThat(sandbox.data().count("leads")).isEqualTo(before);

        sandbox.setPaymentRequired(false);
        assertThat(http.get("/api/v4/leads").status()).isEqualTo(200);
    }

    @Test
    void theBuilderSetsBothSwitchesAndResetKeepsThem() {
        try (KommoSandbox built = KommoSandbox.builder().requestsPerSecond(0).paymentRequired(true)
                .ignoreIfModifiedSince(true).start()) {
            Http client = new Http(built);
            assertThat(client.get("/api/v4/leads").status()).isEqualTo(402);
            built.setPaymentRequired(false);
            assertThat(client.get("/api/v4/leads", "If-Modified-Since", "Mon, 01 Jan 2100 00:00:00 GMT").status())
                    .isEqualTo(200);
            built.reset();
            assertThat(client.get("/api/v4/leads").status()).isEqualTo(402);
        }
    }

    @Test
    void aRestrictedTokenGets403OnAdminOnlyEndpointsWithoutBeingBlocked() {
        try (KommoSandbox built = KommoSandbox.builder().requestsPerSecond(0).restrictedToken("limited-token")
                .blockThreshold(0, Duration.ofMinutes(1)).start()) {
            Http limited = new Http(built, "limited-token");
            long user = built.data().currentUserId();
            for (int i = 0; i < 5; i++) {
                Http.Response users = limited.get("/api/v4/users");
                assertThat(users.status()).isEqualTo(403);
                assertThat(users.contentType()).isEqualTo("application/problem+json");
                assertThat(users.json()).isEqualTo(Http.parse(ACCESS_DENIED));
            }
            assertThat(limited.get("/api/v4/users/" + user).json()).isEqualTo(Http.parse(ACCESS_DENIED));
            assertThat(limited.get("/api/v4/leads").status()).isEqualTo(200);
            assertThat(limited.get("/api/v4/users/abc").status()).isEqualTo(404);
            assertThat(built.stats().blockedUntil()).isEmpty();

            Http admin = new Http(built);
            JsonNode users = admin.get("/api/v4/users").json();
            assertThat(users.at("/_embedded/users").size()).isEqualTo(3);
            assertThat(built.stats().count(403)).isEqualTo(6);
        }
    }

    @Test
    void theCommandLineHasFlagsForTheSwitches() {
        KommoSandbox.Builder builder = KommoSandboxMain.parse(new String[]{"--port", "0", "--rps", "0",
                "--restricted-token", "viewer", "--payment-required", "--ignore-if-modified-since"});
        try (KommoSandbox built = builder.start()) {
            assertThat(new Http(built, "viewer").get("/api/v4/users").status()).isEqualTo(402);
            built.setPaymentRequired(false);
            assertThat(new Http(built, "viewer").get("/api/v4/users").status()).isEqualTo(403);
            assertThat(new Http(built).get("/api/v4/leads", "If-Modified-Since", "Mon, 01 Jan 2100 00:00:00 GMT")
                    .status()).isEqualTo(200);
        }
    }
}
