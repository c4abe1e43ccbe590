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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three routes and a consumer of one account are running when its access token expires (on the sandbox's clock, so
 * Kommo answers 401): exactly one refresh request is made, and every request then succeeds with the new token.
 */
class OAuthRefreshTest extends OAuthTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list");
                from("direct:contacts").to("kommo:contacts?operation=list");
                from("direct:companies").to("kommo:companies?operation=list");
                from("kommo:tasks?delay=20&modifiedSince=beginning").routeId("poller").autoStartup(false)
                        .to("mock:tasks");
            }
        };
    }

    @Test
    void oneRefreshForEveryRouteAndConsumerOfTheAccount() throws Exception {
        KommoTokens first = connect(kommo());
        for (String route : List.of("direct:leads", "direct:contacts", "direct:companies")) {
            template.requestBody(route, (Object) null);
        }
        context.getRouteController().startRoute("poller");
        await("the consumer polls", Duration.ofSeconds(30),
                () -> sandbox().stats().requests("GET", "/api/v4/tasks").size() >= 1);

        sandbox().clock().advanceSeconds(86_400); // every access token issued so far has expired
        int mark = sandbox().stats().requests().size();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CyclicBarrier start = new CyclicBarrier(3);
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (String route : List.of("direct:leads", "direct:contacts", "direct:companies")) {
                calls.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < 3; i++) {
                        template.requestBody(route, (Object) null);
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS); // each call succeeded
            }
        } finally {
            pool.shutdownNow();
        }
        await("the consumer polls with the new token", Duration.ofSeconds(30),
                () -> apiRequestsSince(mark).stream().anyMatch(r -> r.path().equals("/api/v4/tasks")
                                                                    && (r.status() == 200 || r.status() == 204)));

        assertThat(tokenRequests("refresh_token")).as("refresh requests").hasSize(1);
        assertThat(tokenRequests("authorization_code")).hasSize(1);
        assertThat(tokensOf(kommo()).refreshes()).isEqualTo(1);
        assertThat(apiRequestsSince(mark)).as("401s: only requests sent with the expired token")
                .filteredOn(r -> r.status() == 401).hasSizeLessThanOrEqualTo(4);
        assertThat(apiRequestsSince(mark)).filteredOn(r -> r.status() == 200 || r.status() == 204)
                .hasSizeGreaterThanOrEqualTo(10);
        KommoTokens stored = new FileTokenStore(tokenDirectory).load(key()).orElseThrow();
        assertThat(stored.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(stored.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(tokenRequests("refresh_token").get(0).body()).contains(first.refreshToken());
        assertThat(getMockEndpoint("mock:tasks").getReceivedCounter()).isPositive();
        // rotated tokens are the same account: one client, one budget, one check, which the new token keeps UP
        assertThat(kommo().accounts().clients()).hasSize(1);
        assertThat(HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo-")))
                .singleElement()
                .satisfies(check -> assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP));
    }
}
