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
package io.github.camelkommo.releasecheck;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's routes (src/main/resources), booted by camel-main as the application would be, against a sandbox
 * on loopback: the released component and Kamelets, resolved by Maven from the release repository, must create what
 * they are sent, and a change the sandbox pushes must reach the webhook route through camel-main's HTTP server.
 */
class NewDealRouteTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private KommoSandbox sandbox;
    private Main main;

    @BeforeEach
    void start() throws IOException {
        sandbox = KommoSandbox.start();
        int port = freePort();
        main = new Main();
        main.addInitialProperty("camel.component.kommo.base-url", sandbox.baseUrl());
        main.addInitialProperty("camel.component.kommo.access-token", sandbox.token());
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("kommo.webhook.external-url", "http://127.0.0.1:" + port);
        main.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        main.stop();
        sandbox.close();
    }

    @Test
    void theComponentCreatesTheLead() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        Exchange reply = template.request("direct:new-lead",
                e -> e.getMessage().setBody(Map.of("name", "Deal from a Maven application", "price", 1500)));

        assertThat(reply.getException()).isNull();
        Lead created = reply.getMessage().getBody(Lead.class);
        assertThat(created.getId()).isPositive();
        assertThat(reply.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(created.getId());
        ObjectNode stored = sandbox.data().get("leads", created.getId()).orElseThrow();
        assertThat(stored.path("name").asText()).isEqualTo("Deal from a Maven application");
        assertThat(stored.path("price").asInt()).isEqualTo(1500);
    }

    @Test
    void aNewLeadArrivesThroughTheWebhook() {
        assertThat(sandbox.webhooks().registry().list(null)).singleElement()
                .satisfies(hook -> assertThat(hook.get("destination").asText()).startsWith("http://127.0.0.1:"));

        ObjectNode pushed = mapper.createObjectNode().put("name", "Pushed to Maven").put("price", 700);
        long id = sandbox.data().create("leads", pushed).get("id").asLong();

        Exchange change = main.getCamelContext().createConsumerTemplate().receive("seda:lead-changes", 10_000);
        assertThat(change).as("a change within 10 s").isNotNull();
        Lead lead = change.getMessage().getBody(Lead.class);
        assertThat(lead.getId()).isEqualTo(id);
        assertThat(lead.getName()).isEqualTo("Pushed to Maven");
        assertThat(lead.getPrice()).isEqualTo(700L);
        assertThat(change.getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created");
    }

    @Test
    void theKameletCreatesTheContact() throws Exception {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        String reply = template.requestBody("direct:new-contact", "{\"name\": \"Maria Maven\"}", String.class);

        JsonNode contacts = mapper.readTree(reply);
        long id = (contacts.isArray() ? contacts.get(0) : contacts).path("id").asLong();
        assertThat(id).as("id in the Kamelet's reply %s", reply).isPositive();
        List<ObjectNode> named = sandbox.data().list("contacts").stream()
                .filter(c -> "Maria Maven".equals(c.path("name").asText()))
                .toList();
        assertThat(named).extracting(c -> c.path("id").asLong()).containsExactly(id);
    }

    @Test
    void aContactUpsertedTwiceByItsPhoneWrittenTwoWaysIsOneContact() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        for (String phone : List.of("+1 (555) 010-2233", "15550102233")) {
            Exchange reply = template.request("direct:sync-contact",
                    e -> e.getMessage().setBody(Map.of("name", "Shop customer " + phone, "custom_fields_values",
                            List.of(Map.of("field_code", "PHONE", "values",
                                    List.of(Map.of("value", phone, "enum_code", "WORK")))))));
            assertThat(reply.getException()).isNull();
        }

        List<ObjectNode> synced = sandbox.data().list("contacts").stream()
                .filter(c -> c.path("name").asText().startsWith("Shop customer "))
                .toList();
        assertThat(synced).singleElement()
                .satisfies(c -> assertThat(c.path("name").asText()).isEqualTo("Shop customer 15550102233"));
    }

    @Test
    void theComponentCreatesACustomer() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        Exchange reply = template.request("direct:new-customer",
                e -> e.getMessage().setBody(Map.of("name", "Monthly coffee beans")));

        assertThat(reply.getException()).isNull();
        long id = reply.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
        assertThat(sandbox.data().get("customers", id).orElseThrow().path("name").asText())
                .isEqualTo("Monthly coffee beans");
    }
}
