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
package io.github.camelkommo.internal.webhook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.SandboxClock;
import io.github.camelkommo.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelkommo.internal.consumer.LeaderFailoverScenario.await;
import static io.github.camelkommo.internal.consumer.LeaderFailoverScenario.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ledger of delivered changes outlives the JVM: changes delivered by webhooks are not delivered again by the
 * reconcile poll of the restarted route, nor by a retried call, while a change made while it was down arrives once,
 * through the poll, and Kommo's retry of its failed call is dropped. The state file is the only thing the two runs
 * share.
 */
class WebhookRestartTest {

    private static final long EPOCH = 1_767_225_600L; // 2026-01-01T00:00:00Z

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsAWebhookComponentThatRunsOnThisCamel() {
        WebhookServers.assumeTheWebhookComponentRuns();
    }

    /** A run of the application: the webhook route into {@code mock:changes}, keeping its state in the file. */
    private CamelContext run(KommoSandbox sandbox, int port, long reconcileDelay) throws Exception {
        CamelContext context = new DefaultCamelContext();
        WebhookServers.serve(context, port);
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox.token());
        context.addComponent("kommo", kommo);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:kommo:leads?webhookComponentName=platform-http&webhookExternalUrl=http://127.0.0.1:"
                     + port + "&webhookPath=/kommo/leads&hookSecret=restart-test&keepSubscription=true"
                     + "&modifiedSince=" + (EPOCH + 1) + "&reconcileDelay=" + reconcileDelay
                     + "&stateFile=" + stateDir.resolve("kommo-state.properties"))
                        .to("mock:changes");
            }
        });
        context.start();
        return context;
    }

    private static int leadPolls(KommoSandbox sandbox) {
        return sandbox.stats().requests("GET", "/api/v4/leads").size();
    }

    private static List<Long> ids(CamelContext context) {
        return context.getEndpoint("mock:changes", MockEndpoint.class).getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).toList();
    }

    private static List<WebhookDelivery> callsFor(KommoSandbox sandbox, long lead) {
        return sandbox.webhooks().deliveries().stream()
                .filter(d -> d.body().contains("leads%5Badd%5D%5B0%5D%5Bid%5D=" + lead + "&")).toList();
    }

    @Test
    void aRestartedRouteDeliversNothingTwiceAndLosesNothing() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().clock(SandboxClock.fixed(EPOCH)).start()) {
            sandbox.clock().advanceSeconds(1);
            int port = WebhookServers.freePort();

            // first run: an hour between reconcile polls, so only its first poll (before any change) runs
            CamelContext first = run(sandbox, port, 3_600_000);
            await("the first reconcile poll", () -> leadPolls(sandbox) >= 1);
            long a = lead(sandbox, "a");
            long b = lead(sandbox, "b");
            await("a and b through the webhook", () -> ids(first).size() >= 2);
            List<Long> firstRun = new ArrayList<>(ids(first));
            first.stop(); // the hook stays registered (keepSubscription)

            long c = lead(sandbox, "c"); // its call finds nobody listening: Kommo retries it in 5 minutes
            await("c's call to fail", () -> !callsFor(sandbox, c).isEmpty());

            // second run: the reconcile poll re-reads a, b and c from the stored watermark
            CamelContext second = run(sandbox, port, 200);
            await("c through the reconcile poll", () -> ids(second).contains(c));
            // Kommo retries a delivered call (its answer lost on the way): dropped
            String destination = sandbox.webhooks().registry().list(null).get(0).get("destination").asText();
            assertThat(WebhookServers.post(destination, callsFor(sandbox, a).get(0).body())).isEqualTo(200);
            // Kommo's retry of c's failed call: dropped, the poll delivered c
            sandbox.clock().advanceSeconds(5 * 60);
            sandbox.webhooks().retryDue();
            await("c's retried call", () -> callsFor(sandbox, c).size() == 2);
            int polls = leadPolls(sandbox);
            await("three more reconcile polls, in which a repeat would show", () -> leadPolls(sandbox) >= polls + 3);
            List<Long> secondRun = ids(second);
            second.stop();

            assertThat(firstRun).containsExactlyInAnyOrder(a, b);
            assertThat(secondRun).containsExactly(c);
            assertThat(callsFor(sandbox, a)).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                    .containsExactly(tuple(1, 200));
            assertThat(callsFor(sandbox, b)).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                    .containsExactly(tuple(1, 200));
            assertThat(callsFor(sandbox, c)).extracting(WebhookDelivery::attempt, WebhookDelivery::accepted)
                    .containsExactly(tuple(1, false), tuple(2, true));
            assertThat(sandbox.webhooks().registry().list(null).get(0).get("disabled").asBoolean()).isFalse();
        }
    }
}
