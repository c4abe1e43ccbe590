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
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTest extends SandboxTestSupport {

    private Http admin;

    @BeforeEach
    void setUp() {
        admin = new Http(sandbox, null);
    }

    @Test
    void everyApiRequestIsRecordedWithTimeStatusMaskedHeadersAndBody() {
        Instant before = Instant.now();
        http.get("/api/v4/leads?limit=1");
        http.post("/api/v4/contacts", "[{\"name\":\"Logged\"}]");
        new Http(sandbox, null).get("/api/v4/leads");
        http.get("/api/v4/leads/1");

        List<RecordedRequest> requests = sandbox.stats().requests();
        assertThat(requests).extracting(RecordedRequest::method).containsExactly("GET", "POST", "GET", "GET");
        assertThat(requests).extracting(RecordedRequest::status).containsExactly(200, 200, 401, 204);
        assertThat(requests).extracting(RecordedRequest::path)
                .containsExactly("/api/v4/leads", "/api/v4/contacts", "/api/v4/leads", "/api/v4/leads/1");
        RecordedRequest first = requests.get(0);
        assertThat(first.query()).isEqualTo("limit=1");
        assertThat(first.time()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(first.headers().get("authorization")).isEqualTo("Bearer ****oken");
        assertThat(first.headers()).containsKey("host");
        assertThat(first.body()).isEmpty();
        assertThat(requests.get(1).body()).isEqualTo("[{\"name\":\"Logged\"}]");
        assertThat(requests.get(1).headers().get("content-type")).isEqualTo("application/json");
        assertThat(requests.get(2).headers()).doesNotContainKey("authorization");
        assertThat(requests).extracting(RecordedRequest::nanoTime).isSorted();

        assertThat(sandbox.stats().requests("GET", "/api/v4/leads")).hasSize(3);
        assertThat(sandbox.stats().requests(null, "/api/v4/contacts")).hasSize(1);
        assertThat(sandbox.stats().total()).isEqualTo(4);
        assertThat(sandbox.stats().count(200)).isEqualTo(2);
        assertThat(sandbox.stats().count(401)).isEqualTo(1);
        assertThat(sandbox.stats().count(204)).isEqualTo(1);
        assertThat(sandbox.stats().countsByStatus()).containsEntry(200, 2).containsEntry(401, 1);
        assertThat(sandbox.stats().maxRequestsInAnyWindow(Duration.ofMinutes(1))).isEqualTo(4);
        assertThat(sandbox.stats().maxRequestsInAnyWindow(Duration.ofNanos(1))).isEqualTo(1);

        sandbox.stats().clear();
        assertThat(sandbox.stats().requests()).isEmpty();
        assertThat(sandbox.stats().total()).isZero();
        assertThat(sandbox.stats().maxRequestsInAnyWindow(Duration.ofMinutes(1))).isZero();
    }

    @Test
    void statsAndRequestsAreReadableOverHttpWithoutTokenAndWithoutBeingLogged() {
        http.get("/api/v4/account");
        http.get("/api/v4/nothing");
        sandbox.faults().failNext(1, null, null, 500);
        http.get("/api/v4/account");

        JsonNode stats = admin.get("/__sandbox/stats").json();
        assertThat(stats.get("total").asInt()).isEqualTo(3);
        assertThat(stats.get("byStatus")).isEqualTo(Http.parse("{\"200\":1,\"404\":1,\"500\":1}"));
        assertThat(stats.get("maxRequestsInAnyWindow").asInt()).isBetween(1, 3);
        assertThat(stats.get("windowMillis").asLong()).isEqualTo(1000);
        assertThat(stats.get("count429").asInt()).isZero();
        assertThat(stats.get("count403").asInt()).isZero();
        assertThat(stats.get("blockedUntil").isNull()).isTrue();

        JsonNode requests = admin.get("/__sandbox/requests").json();
        assertThat(requests.isArray()).isTrue();
        assertThat(requests.findValuesAsText("path"))
                .containsExactly("/api/v4/account", "/api/v4/nothing", "/api/v4/account");
        assertThat(requests.get(2).get("status").asInt()).isEqualTo(500);
        assertThat(requests.get(0).get("time").asText()).isNotBlank();
        assertThat(requests.get(0).at("/headers/authorization").asText()).startsWith("Bearer ****");
        assertThat(admin.get("/__sandbox/requests?limit=1").json().findValuesAsText("path"))
                .containsExactly("/api/v4/account");
        assertThat(sandbox.stats().total()).isEqualTo(3);
    }

    @Test
    void resetOverHttpRestoresTheSeed() {
        int leads = sandbox.data().count("leads");
        http.post("/api/v4/leads", "[{\"name\":\"temporary\"}]");
        sandbox.faults().failNext(5, null, null, 503);
        assertThat(sandbox.data().count("leads")).isEqualTo(leads + 1);

        Http.Response reset = admin.post("/__sandbox/reset", "");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);
        assertThat(sandbox.stats().total()).isZero();
        assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
    }
}
