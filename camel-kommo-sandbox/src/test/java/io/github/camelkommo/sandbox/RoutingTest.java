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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    @RegisterExtension
    static final KommoSandboxExtension KOMMO = KommoSandboxExtension
            .create(KommoSandbox.builder().requestsPerSecond(0));

    @Test
    void unknownPathsAre404Problems(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        for (String path : List.of("/api/v4/nothing", "/api/v4/leads/abc", "/api/v4/leads/", "/api/v3/leads",
                "/", "/api/v4/leads/1/notes/x")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("title").asText()).isEqualTo("Not Found");
            assertThat(response.json().get("type").asText()).isEqualTo("https://httpstatus.es/404");
            assertThat(response.json().get("detail").asText()).isEqualTo("Cannot GET " + sandbox.baseUrl() + path);
        }
        assertThat(http.get("/__sandbox/nothing").status()).isEqualTo(404);
    }

    @Test
    void knownPathsWithAnotherMethodAre405Problems(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        Http.Response delete = http.send("DELETE", "/api/v4/leads/5", null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.contentType()).isEqualTo("application/problem+json");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, PATCH");
        assertThat(delete.json().get("title").asText()).isEqualTo("Method Not Allowed");
        assertThat(delete.json().get("status").asInt()).isEqualTo(405);

        assertThat(http.send("PUT", "/api/v4/leads", "[]").headers().firstValue("Allow")).hasValue("GET, PATCH, POST");
        assertThat(http.get("/api/v4/leads/complex").status()).isEqualTo(405);
        assertThat(http.post("/api/v4/leads/pipelines", "[]").status()).isEqualTo(405);
        assertThat(http.post("/api/v4/users", "[]").status()).isEqualTo(405);
        assertThat(http.send("PATCH", "/api/v4/account", "{}").status()).isEqualTo(405);
        assertThat(http.get("/__sandbox/reset").status()).isEqualTo(405);
    }

    @Test
    void everyApiRequestNeedsTheBearerToken(KommoSandbox sandbox) {
        String expected = "{\"title\":\"Unauthorized\",\"type\":\"https://httpstatus.es/401\",\"status\":401,"
                          + "\"detail\":\"Invalid user name or password\"}";
        Http anonymous = new Http(sandbox, null);
        for (String[] auth : List.of(new String[0], new String[]{"Authorization", "Bearer wrong"},
                new String[]{"Authorization", "Basic c2FuZGJveDp0b2tlbg=="},
                new String[]{"Authorization", "Bearer"}, new String[]{"Authorization", sandbox.token()})) {
            Http.Response response = anonymous.get("/api/v4/leads", auth);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json()).isEqualTo(Http.parse(expected));
        }
        assertThat(anonymous.get("/api/v4/nothing").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v4/leads", "[{\"name\":\"x\"}]").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v4/leads", "Authorization", "bearer " + sandbox.token()).status())
                .isEqualTo(200);
        assertThat(anonymous.get("/__sandbox/stats").status()).isEqualTo(200);
    }

    @Test
    void additionalTokensAreAccepted() {
        try (KommoSandbox sandbox = KommoSandbox.builder().token("main").additionalToken("second").start()) {
            assertThat(sandbox.token()).isEqualTo("main");
            assertThat(new Http(sandbox, "main").get("/api/v4/account").status()).isEqualTo(200);
            assertThat(new Http(sandbox, "second").get("/api/v4/account").status()).isEqualTo(200);
            assertThat(new Http(sandbox, "sandbox-token").get("/api/v4/account").status()).isEqualTo(401);
        }
    }
}
