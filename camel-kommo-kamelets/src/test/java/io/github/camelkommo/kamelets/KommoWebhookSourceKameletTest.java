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
package io.github.camelkommo.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.MessageHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kommo-webhook-source: the Kamelet registers its hook with the sandbox, and a change the sandbox pushes arrives as
 * the entity's JSON without a poll; with the hook gone, its reconcile poll delivers the change the hook missed, and
 * nothing twice.
 */
class KommoWebhookSourceKameletTest extends KameletTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int PORT = freePort();

    @TempDir
    Path stateDir;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(PORT);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    private void watch(String kameletOptions) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:kommo-webhook-source/hook?entity=leads&" + account()
                     + "&webhookExternalUrl=http://127.0.0.1:"
                     + PORT + "&" + kameletOptions)
                        .routeId("pushed").to("mock:pushed");
            }
        });
    }

    private static JsonNode body(Exchange exchange) {
        MessageHelper.resetStreamCache(exchange.getMessage());
        try {
            return MAPPER.readTree(exchange.getMessage().getBody(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<WebhookDelivery> callsFor(long lead) {
        return sandbox().webhooks().deliveries().stream()
                .filter(d -> d.body().contains("leads%5Badd%5D%5B0%5D%5Bid%5D=" + lead + "&")).toList();
    }

    private int leadPolls() {
        return sandbox().stats().requests("GET", "/api/v4/leads").size();
    }

    @Test
    void aChangePushedByTheWebhookArrivesAsJson() throws Exception {
        watch("events=add_lead,update_lead&reconcileDelay=0");
        assertThat(sandbox().webhooks().registry().list(null)).singleElement().satisfies(hook -> {
            assertThat(hook.get("destination").asText()).startsWith("http://127.0.0.1:" + PORT + "/kommo/leads?")
                    .contains("kommoHookSecret=");
            assertThat(hook.get("settings").toString()).contains("add_lead", "update_lead");
        });
        MockEndpoint pushed = getMockEndpoint("mock:pushed");

        long lead = sandbox().data().create("leads", json().put("name", "Pushed").put("price", 900)).get("id").asLong();
        await("the pushed lead", PATIENCE, () -> pushed.getReceivedCounter() >= 1);
        context.getRouteController().stopRoute("hook"); // the Kamelet's own route, named after the URI's path

        Exchange received = pushed.getReceivedExchanges().get(0);
        JsonNode json = body(received);
        assertThat(json.get("id").asLong()).isEqualTo(lead);
        assertThat(json.get("name").asText()).isEqualTo("Pushed");
        assertThat(json.get("price").asInt()).isEqualTo(900);
        assertThat(received.getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created");
        assertThat(received.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(callsFor(lead)).extracting(WebhookDelivery::status).containsExactly(200);
        assertThat(leadPolls()).as("pushed, not polled").isZero();
        assertThat(pushed.getReceivedExchanges()).hasSize(1);
        assertThat(sandbox().webhooks().registry().list(null)).as("removed when the route stopped").isEmpty();
    }

    @Test
    void theReconcilePollDeliversWhatTheHookMissedAndNothingTwice() throws Exception {
        sandbox().clock().advanceSeconds(10); // the seed's leads lie before the start
        long start = sandbox().clock().nowSeconds();
        watch("reconcileDelay=200&modifiedSince=" + start + "&stateFile=" + stateDir.resolve("kommo.properties"));
        MockEndpoint pushed = getMockEndpoint("mock:pushed");

        long first = sandbox().data().create("leads", json().put("name", "pushed")).get("id").asLong();
        await("the pushed lead", PATIENCE, () -> pushed.getReceivedCounter() >= 1);
        String destination = sandbox().webhooks().registry().list(null).get(0).get("destination").asText();
        sandbox().webhooks().registry().unsubscribe(destination); // as when Kommo disables a hook
        long missed = sandbox().data().create("leads", json().put("name", "missed by the hook")).get("id").asLong();
        await("the missed lead", PATIENCE, () -> pushed.getReceivedCounter() >= 2);
        int polls = leadPolls();
        await("three more reconcile polls, in which a repeat would show", PATIENCE, () -> leadPolls() >= polls + 3);
        context.getRouteController().stopRoute("hook");

        assertThat(pushed.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID))
                .containsExactly(first, missed);
        assertThat(body(pushed.getReceivedExchanges().get(1)).get("name").asText()).isEqualTo("missed by the hook");
        assertThat(callsFor(first)).extracting(WebhookDelivery::status).containsExactly(200);
        assertThat(callsFor(missed)).as("no hook to call").isEmpty();
    }

    @Test
    void takesTheReconcileDelayWithAUnit() throws Exception {
        watch("reconcileDelay=10m&keepSubscription=true&hookSecret=kept-between-runs&webhookPath=/crm/hooks");

        KommoEndpoint endpoint = context.getEndpoints().stream().filter(KommoEndpoint.class::isInstance)
                .map(KommoEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getReconcileDelay()).isEqualTo(600_000);
        assertThat(endpoint.isKeepSubscription()).isTrue();
        assertThat(sandbox().webhooks().registry().list(null)).singleElement().satisfies(hook -> assertThat(
                hook.get("destination").asText()).isEqualTo(
                        "http://127.0.0.1:" + PORT
                                                            + "/crm/hooks/leads?kommoHookSecret=kept-between-runs"));
        context.getRouteController().stopRoute("hook");
        assertThat(sandbox().webhooks().registry().list(null)).as("kept").hasSize(1);
    }
}
