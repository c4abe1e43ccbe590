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
package io.github.camelkommo.examples.bench;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Push against poll: the latency from a change in the sandbox (system clock, Kommo's 7 rps) to its exchange in the
 * route, p50 and p99, for {@code webhook:kommo:leads} and for the polling consumer {@code kommo:leads} at its
 * default delay, both watching the same changes; and the requests each spent. Run with
 * {@code mvn -q -pl camel-kommo-examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.camelkommo.examples.bench.WebhookLatencyBenchmark [-Dexec.args="changes spacingMs"]}.
 * With {@code -Dbenchmark.short=true} it makes 3 changes 200 ms apart and polls every second, whatever the
 * arguments: CI runs it so, to show that it still works (its figures then mean nothing). It fails when a consumer
 * missed a change.
 */
public final class WebhookLatencyBenchmark {

    private static final String POLL_TOKEN = "benchmark-poller-token";

    private WebhookLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = !Boolean.getBoolean("benchmark.short");
        int changes = !full ? 3 : args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long spacing = !full ? 200 : args.length > 1 ? Long.parseLong(args[1]) : 2000;
        long pollDelay = full ? 60_000 : 1_000;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<Long, Long> createdAt = new ConcurrentHashMap<>();
        Map<Long, Long> pushedAt = new ConcurrentHashMap<>();
        Map<Long, Long> polledAt = new ConcurrentHashMap<>();
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).additionalToken(POLL_TOKEN).start()) {
            CamelContext context = new DefaultCamelContext();
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            context.addService(new VertxPlatformHttpServer(server));
            KommoComponent kommo = new KommoComponent();
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            kommo.getConfiguration().setAccessToken(sandbox.token());
            context.addComponent("kommo", kommo);
            KommoComponent poller = new KommoComponent(); // its own token, so the log tells its requests apart
            poller.setUseEnvironmentVariables(false);
            poller.getConfiguration().setBaseUrl(sandbox.baseUrl());
            poller.getConfiguration().setAccessToken(POLL_TOKEN);
            context.addComponent("kommopoll", poller);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("webhook:kommo:leads?webhookComponentName=platform-http&webhookExternalUrl=http://127.0.0.1:"
                         + port + "&events=add_lead&reconcileDelay=300000").routeId("push")
                            .process(e -> pushedAt.putIfAbsent(e.getMessage().getHeader(KommoConstants.ENTITY_ID,
                                    Long.class), System.nanoTime()));
                    from("kommopoll:leads?delay=" + pollDelay).routeId("poll")
                            .process(e -> polledAt.putIfAbsent(e.getMessage().getHeader(KommoConstants.ENTITY_ID,
                                    Long.class), System.nanoTime()));
                }
            });
            context.start();
            int before = sandbox.stats().requests().size();
            long start = System.nanoTime();
            for (int i = 0; i < changes; i++) {
                long at = System.nanoTime();
                long id = sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "lead " + i))
                        .get("id").asLong();
                createdAt.put(id, at);
                Thread.sleep(spacing); // the changes come at a steady pace, as a user makes them
            }
            long deadline = System.nanoTime() + (pollDelay + 10_000) * 1_000_000L;
            while ((polledAt.size() < changes || pushedAt.size() < changes) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long pollRequests = sandbox.stats().requests().stream().skip(before)
                    .filter(r -> r.headers().getOrDefault("authorization", "").endsWith(POLL_TOKEN.substring(
                            POLL_TOKEN.length() - 4)))
                    .count();
            context.stop();
            System.out.printf(Locale.ROOT, "%d changes, one every %d ms, over %.0f s%n", changes, spacing, seconds);
            System.out.println("| consumer | delivered | p50 | p99 | requests in the run | requests per hour, idle |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.println(row("`webhook:kommo:leads` (reconcile poll every 5 min)", createdAt, pushedAt,
                    sandbox.stats().requests().size() - before - pollRequests, "12 (the reconcile poll)"));
            System.out.println(row("`kommo:leads`, polling at the default 60 s", createdAt, polledAt, pollRequests,
                    "60"));
            if (pushedAt.size() < changes || polledAt.size() < changes) {
                throw new IllegalStateException("not every change was delivered: pushed " + pushedAt.size()
                                                + ", polled " + polledAt.size() + " of " + changes);
            }
        }
    }

    private static String row(String name, Map<Long, Long> created, Map<Long, Long> delivered, long requests,
                              String perHour) {
        List<Double> millis = new ArrayList<>();
        created.forEach((id, at) -> {
            Long got = delivered.get(id);
            if (got != null) {
                millis.add((got - at) / 1e6);
            }
        });
        Collections.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d of %d | %s | %s | %d | %s |", name, millis.size(), created.size(),
                format(percentile(millis, 0.50)), format(percentile(millis, 0.99)), requests, perHour);
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN
                                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String format(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                              : String.format(Locale.ROOT, "%.0f ms", millis);
    }
}
