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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.internal.consumer.ZooKeeperReplicas;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.SandboxClock;
import io.github.camelkommo.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelkommo.internal.consumer.LeaderFailoverScenario.await;
import static io.github.camelkommo.internal.consumer.LeaderFailoverScenario.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Webhook mode on two replicas, as the user guide lays it out: both serve the hook behind one load balancer (the same
 * destination, {@code hookSecret} and {@code keepSubscription}), and the reconcile poll is a route of its own under
 * {@code zookeeper-master:}, so that one replica polls. The ledger and the watermark are in Redis. When the leader
 * dies, the other takes over the reconcile poll, and each change reaches the routes once: through a webhook, or
 * through the poll when its call was lost, with Kommo's later retry of that call dropped.
 */
class WebhookFailoverTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private ZooKeeperReplicas cluster;

    @BeforeEach
    void startZooKeeperAndRedis() throws Exception {
        WebhookServers.assumeTheWebhookComponentRuns();
        cluster = new ZooKeeperReplicas();
    }

    @AfterEach
    void stopZooKeeperAndRedis() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** A replica that serves the hook on its port and records {@code <replica>:<lead id>:<hook or poll>}. */
    private CamelContext replica(String name, int port, KommoSandbox sandbox, HookBalancer balancer) throws Exception {
        return cluster.replica(name, sandbox, context -> {
            WebhookServers.serve(context, port);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("webhook:kommo:leads?webhookComponentName=platform-http&webhookExternalUrl=" + balancer.url()
                         + "&webhookPath=/kommo/leads&hookSecret=shared-by-the-replicas&keepSubscription=true"
                         + "&reconcileDelay=0&stateRepository=#watermarks")
                            .routeId("hook").to("direct:lead-changed");
                    from("zookeeper-master:kommo-reconcile:kommo:leads?delay=200&stateRepository=#watermarks"
                         + "&modifiedSince=" + sandbox.clock().nowSeconds())
                            .routeId("reconcile").to("direct:lead-changed");
                    from("direct:lead-changed").process(e -> received.add(name + ":"
                                                                          + e.getMessage()
                                                                                  .getHeader(KommoConstants.ENTITY_ID)
                                                                          + ":"
                                                                          + (e.getMessage().getHeader(
                                                                                  KommoConstants.WEBHOOK_FORM) == null ? "poll"
                                                                                                                       : "hook")));
                }
            });
        });
    }

    private List<String> of(long lead) {
        return received.stream().filter(r -> r.split(":")[1].equals(Long.toString(lead))).toList();
    }

    private static List<WebhookDelivery> callsFor(KommoSandbox sandbox, long lead) {
        return sandbox.webhooks().deliveries().stream()
                .filter(d -> d.body().contains("leads%5Badd%5D%5B0%5D%5Bid%5D=" + lead + "&")).toList();
    }

    @Test
    void theNextLeaderTakesOverTheReconcilePollAndEveryChangeArrivesOnce() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().clock(SandboxClock.fixed(1_767_225_600L)).start()) {
            int firstPort = WebhookServers.freePort();
            int secondPort = WebhookServers.freePort();
            try (HookBalancer balancer = new HookBalancer(List.of(firstPort, secondPort))) {
                CamelContext first = replica("first", firstPort, sandbox, balancer);
                CamelContext second = replica("second", secondPort, sandbox, balancer);
                assertThat(sandbox.webhooks().registry().list(null)).as("one hook for both replicas").hasSize(1);

                long pushed = lead(sandbox, "pushed");
                await("the pushed lead", () -> of(pushed).size() == 1);

                balancer.refuse(true); // a call lost: only the reconcile poll can deliver this one
                long polled = lead(sandbox, "polled while the hook fails");
                await("the polled lead", () -> of(polled).size() == 1);
                await("its failed call", () -> callsFor(sandbox, polled).size() == 1);
                balancer.refuse(false);
                String leader = of(polled).get(0).split(":")[0];
                assertThat(of(polled).get(0)).endsWith(":poll");
                CamelContext leading = leader.equals("first") ? first : second;
                CamelContext following = leading == first ? second : first;
                String next = following.getName();

                leading.stop();
                balancer.refuse(true);
                long takenOver = lead(sandbox, "polled by the next leader");
                await("the lead the next leader polled", () -> of(takenOver).size() == 1);
                await("its failed call", () -> callsFor(sandbox, takenOver).size() == 1);
                balancer.refuse(false);
                long pushedAgain = lead(sandbox, "pushed to the replica left");
                await("the lead pushed to the replica left", () -> of(pushedAgain).size() == 1);

                // Kommo retries the two lost calls; the balancer hands them to the replica left, which drops them
                sandbox.clock().advanceSeconds(5 * 60);
                sandbox.webhooks().retryDue();
                await("the retried calls", () -> callsFor(sandbox, polled).size() == 2
                                                 && callsFor(sandbox, takenOver).size() == 2);
                int polls = sandbox.stats().requests("GET", "/api/v4/leads").size();
                await("three more reconcile polls, in which a repeat would show",
                        () -> sandbox.stats().requests("GET", "/api/v4/leads").size() >= polls + 3);
                following.stop();

                assertThat(received).hasSize(4);
                assertThat(of(pushed)).hasSize(1);
                assertThat(of(polled)).containsExactly(leader + ":" + polled + ":poll");
                assertThat(of(takenOver)).containsExactly(next + ":" + takenOver + ":poll");
                assertThat(of(pushedAgain)).singleElement().asString().startsWith(next + ":");
                for (long lost : List.of(polled, takenOver)) {
                    assertThat(callsFor(sandbox, lost)).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                            .containsExactly(tuple(1, 503), tuple(2, 200));
                }
                assertThat(callsFor(sandbox, pushed)).extracting(WebhookDelivery::status).containsExactly(200);
                assertThat(callsFor(sandbox, pushedAgain)).extracting(WebhookDelivery::status).containsExactly(200);
            }
        }
    }
}
