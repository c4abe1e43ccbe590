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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelkommo.sandbox.ListTest.id;
import static io.github.camelkommo.sandbox.ListTest.idsOf;
import static org.assertj.core.api.Assertions.assertThat;

class IfModifiedSinceTest extends SandboxTestSupport {

    private ObjectNode a;
    private ObjectNode b;

    @BeforeEach
    void setUp() {
        sandbox.clock().set(T0 + 100);
        a = sandbox.data().create("leads", Http.JSON.createObjectNode().put("name", "A"));
        sandbox.clock().set(T0 + 200);
        b = sandbox.data().create("leads", Http.JSON.createObjectNode().put("name", "B"));
    }

    @Test
    void onlyEntitiesUpdatedStrictlyAfterTheDateAreListed() {
        assertThat(idsOf(http.get("/api/v4/leads", "If-Modified-Since", Http.httpDate(T0 + 50)).json(), "leads"))
                .containsExactly(id(a), id(b));
        assertThat(idsOf(http.get("/api/v4/leads", "If-Modified-Since", Http.httpDate(T0 + 100)).json(), "leads"))
                .containsExactly(id(b));
        Http.Response none = http.get("/api/v4/leads", "If-Modified-Since", Http.httpDate(T0 + 200));
        assertThat(none.status()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void anUpdateMakesAnEntityModifiedAgain() {
        sandbox.clock().set(T0 + 300);
        assertThat(http.patch("/api/v4/leads/" + id(a), "{\"price\":5}").status()).isEqualTo(200);
        assertThat(idsOf(http.get("/api/v4/leads", "If-Modified-Since", Http.httpDate(T0 + 200)).json(), "leads"))
                .containsExactly(id(a));
    }

    @Test
    void theOlderHttpDateFormsAndPhpsZonelessFormAreAccepted() {
        for (String date : List.of("Tue, 14 Nov 2023 22:15:00 GMT", "Tuesday, 14-Nov-23 22:15:00 GMT",
                "Tue Nov 14 22:15:00 2023", "Tue, 14 Nov 2023 22:15:00")) {
            // T0 + 100 is 2023-11-14T22:15:00Z
            assertThat(idsOf(http.get("/api/v4/leads", "If-Modified-Since", date).json(), "leads"))
                    .as(date).containsExactly(id(b));
        }
    }

    @Test
    void anInvalidDateIsIgnored() {
        assertThat(http.get("/api/v4/leads", "If-Modified-Since", String.valueOf(T0 + 100)).json()
                .at("/_embedded/leads").size()).isEqualTo(sandbox.data().count("leads"));
    }

    @Test
    void contactsCompaniesAndTasksHonourItTooAndFiltersStillApply() {
        String future = Http.httpDate(T0 + 1_000);
        String past = Http.httpDate(T0 - 365 * 86_400L);
        for (String entity : List.of("contacts", "companies", "tasks")) {
            assertThat(http.get("/api/v4/" + entity, "If-Modified-Since", future).status()).as(entity).isEqualTo(204);
            assertThat(http.get("/api/v4/" + entity, "If-Modified-Since", past).status()).as(entity).isEqualTo(200);
        }
        assertThat(http.get("/api/v4/leads?filter%5Bid%5D=" + id(a), "If-Modified-Since", Http.httpDate(T0 + 150))
                .status()).isEqualTo(204);
    }

    @Test
    void otherEndpointsIgnoreIt() {
        String future = Http.httpDate(T0 + 1_000);
        assertThat(http.get("/api/v4/users", "If-Modified-Since", future).status()).isEqualTo(200);
        assertThat(http.get("/api/v4/leads/pipelines", "If-Modified-Since", future).status()).isEqualTo(200);
    }

    @Test
    void nothingModifiedCanBeAnswered304Instead() {
        sandbox.setNotModifiedStatus(304);
        String after = Http.httpDate(T0 + 300);

        assertThat(http.get("/api/v4/leads", "If-Modified-Since", after).status()).isEqualTo(304);
        assertThat(http.get("/api/v4/leads?filter[id]=999999").status()).as("no If-Modified-Since: still 204")
                .isEqualTo(204);
        assertThat(idsOf(http.get("/api/v4/leads", "If-Modified-Since", Http.httpDate(T0 + 150)).json(), "leads"))
                .containsExactly(id(b));
        sandbox.reset();
        assertThat(http.get("/api/v4/leads", "If-Modified-Since", after).status()).isEqualTo(204);
    }
}
