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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kommo-sink: JSON in, created or updated entities in the sandbox, and the stored entities back as JSON.
 */
class KommoSinkKameletTest extends KameletTestSupport {

    private void sink(String kameletOptions) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("kamelet:kommo-sink?" + kameletOptions);
            }
        });
    }

    private JsonNode send(Object body) throws Exception {
        Exchange reply = template.request("direct:in", e -> e.getMessage().setBody(body));
        if (reply.getException() != null) {
            throw reply.getException();
        }
        return MAPPER.readTree(reply.getMessage().getBody(String.class));
    }

    @Test
    void addsATransactionToTheCustomerItNames() throws Exception {
        long customer = sandbox().data().create("customers", MAPPER.createObjectNode().put("name", "Sink customer"))
                .get("id").asLong();
        sink("entity=transactions&customerId=" + customer + "&" + account());

        JsonNode reply = send("{\"price\": 450, \"comment\": \"From the sink\"}");

        ObjectNode stored = sandbox().data().get("transactions", reply.get("id").asLong()).orElseThrow();
        assertThat(stored.get("customer_id").asLong()).isEqualTo(customer);
        assertThat(stored.get("price").asInt()).isEqualTo(450);
        assertThat(sandbox().data().get("customers", customer).orElseThrow().get("purchases_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void createsTheEntityOfTheJsonBody() throws Exception {
        sink("entity=leads&" + account());
        int leadsBefore = sandbox().data().count("leads");

        JsonNode reply = send("{\"name\": \"From the sink\", \"price\": 1200}");

        long id = reply.get("id").asLong();
        assertThat(id).isPositive();
        ObjectNode stored = sandbox().data().get("leads", id).orElseThrow();
        assertThat(stored.get("name").asText()).isEqualTo("From the sink");
        assertThat(stored.get("price").asInt()).isEqualTo(1200);
        assertThat(sandbox().data().count("leads")).isEqualTo(leadsBefore + 1);
        List<RecordedRequest> posts = sandbox().stats().requests("POST", "/api/v4/leads");
        assertThat(posts).hasSize(1).allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
    }

    @Test
    void updatesWithOperationUpdate() throws Exception {
        long id = sandbox().data().create("contacts", json().put("name", "Ann Smith")).get("id").asLong();
        long createdAt = sandbox().data().get("contacts", id).orElseThrow().get("updated_at").asLong();
        sandbox().clock().advanceSeconds(60);
        sink("entity=contacts&operation=update&" + account());

        JsonNode reply = send(("{\"id\": " + id + ", \"name\": \"Ann Smith-Jones\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(reply.get("id").asLong()).isEqualTo(id);
        ObjectNode stored = sandbox().data().get("contacts", id).orElseThrow();
        assertThat(stored.get("name").asText()).isEqualTo("Ann Smith-Jones");
        assertThat(stored.get("updated_at").asLong()).isEqualTo(createdAt + 60);
        assertThat(sandbox().stats().requests("PATCH", "/api/v4/contacts")).hasSize(1);
        assertThat(sandbox().stats().requests("POST", "/api/v4/contacts")).isEmpty();
    }

    @Test
    void updatesTheEntityNamedByTheHeaderWhenTheJsonHasNoId() throws Exception {
        long id = sandbox().data().create("leads", json().put("name", "Deal")).get("id").asLong();
        sink("entity=leads&operation=update&" + account());

        template.sendBodyAndHeader("direct:in", "{\"price\": 990}", KommoConstants.ENTITY_ID, id);

        assertThat(sandbox().data().get("leads", id).orElseThrow().get("price").asInt()).isEqualTo(990);
    }

    @Test
    void sendsAnArrayInBatchesOfBatchSizeAndAnswersInInputOrder() throws Exception {
        sink("entity=companies&batchSize=2&" + account());

        JsonNode reply = send(
                "[{\"name\": \"c0\"}, {\"name\": \"c1\"}, {\"name\": \"c2\"}, {\"name\": \"c3\"}, {\"name\": \"c4\"}]");

        assertThat(reply.isArray()).isTrue();
        assertThat(reply).hasSize(5);
        for (int i = 0; i < 5; i++) {
            long id = reply.get(i).get("id").asLong();
            assertThat(sandbox().data().get("companies", id).orElseThrow().get("name").asText()).isEqualTo("c" + i);
        }
        assertThat(sandbox().stats().requests("POST", "/api/v4/companies")).hasSize(3);
    }

    @Test
    void takesItsOptionsFromKameletPropertiesToo() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("camel.kamelet.kommo-sink.baseUrl", sandbox().baseUrl());
        properties.setProperty("camel.kamelet.kommo-sink.accessToken", sandbox().token());
        context.getPropertiesComponent().setInitialProperties(properties);
        sink("entity=tasks");

        JsonNode reply = send(
                "{\"text\": \"Call back\", \"complete_till\": " + (sandbox().clock().nowSeconds() + 3600) + "}");

        assertThat(sandbox().data().get("tasks", reply.get("id").asLong()).orElseThrow().get("text").asText())
                .isEqualTo("Call back");
    }

    /** A token with characters a URI gives meaning to reaches Kommo unchanged, from RAW() or from a property. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void passesATokenWithUriCharactersUnchanged(boolean inTheUri) throws Exception {
        String token = "a+b/c=d%2B&e";
        try (KommoSandbox other = KommoSandbox.builder().token(token).start()) {
            if (inTheUri) {
                sink("entity=leads&baseUrl=" + other.baseUrl() + "&accessToken=RAW(" + token + ")");
            } else {
                Properties properties = new Properties();
                properties.setProperty("camel.kamelet.kommo-sink.accessToken", token);
                context.getPropertiesComponent().setInitialProperties(properties);
                sink("entity=leads&baseUrl=" + other.baseUrl());
            }

            send("{\"name\": \"Signed in\"}");

            assertThat(other.stats().requests("POST", "/api/v4/leads")).extracting(RecordedRequest::status)
                    .containsExactly(200);
        }
    }

    @Test
    void leavesOutTheOptionalOptionsThatAreNotGiven() throws Exception {
        sink("entity=leads&subdomain=acme&accessToken=not-used");

        KommoEndpoint endpoint = context.getEndpoints().stream().filter(KommoEndpoint.class::isInstance)
                .map(KommoEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getSubdomain()).isEqualTo("acme");
        assertThat(endpoint.getConfiguration().getDomain()).isEqualTo("kommo.com");
        assertThat(endpoint.getConfiguration().getBaseUrl()).isNull();
        assertThat(endpoint.getConfiguration().getBatchSize()).isEqualTo(50);
        assertThat(endpoint.getConfiguration().getOperation()).hasToString("create");
        assertThat(sandbox().stats().total()).isZero();
    }
}
