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

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as Spring Boot starts it, the released starter configuring the component from
 * {@code camel.component.kommo.*}, against a sandbox on loopback: the route must create the lead it is sent.
 */
@SpringBootTest
class DealApplicationTest {

    private static final KommoSandbox SANDBOX = KommoSandbox.start();

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;

    @DynamicPropertySource
    static void account(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kommo.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.kommo.access-token", SANDBOX::token);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void theRouteCreatesTheLeadWithTheAccountFromProperties() {
        Exchange reply = template.request("direct:new-deal",
                e -> e.getMessage().setBody(Map.of("name", "Deal from Spring Boot", "price", 2400)));

        assertThat(reply.getException()).isNull();
        Lead created = reply.getMessage().getBody(Lead.class);
        assertThat(created.getId()).isPositive();
        assertThat(reply.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(created.getId());
        ObjectNode stored = SANDBOX.data().get("leads", created.getId()).orElseThrow();
        assertThat(stored.path("name").asText()).isEqualTo("Deal from Spring Boot");
        assertThat(stored.path("price").asInt()).isEqualTo(2400);
        assertThat(SANDBOX.stats().requests("POST", "/api/v4/leads")).singleElement()
                .satisfies(post -> assertThat(post.status()).isEqualTo(200));
        // the starter's properties reached the component
        KommoComponent kommo = camelContext.getComponent("kommo", KommoComponent.class);
        assertThat(kommo.getRequestsPerSecond()).isEqualTo(5);
    }
}
