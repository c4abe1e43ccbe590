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
package io.github.camelkommo.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account Kommo blocked turns Spring Boot's health DOWN over HTTP, and at Camel's default exposure level, which
 * lists only the checks that are DOWN, /actuator/health names the Kommo check.
 */
@SpringBootTest(classes = LeadApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "management.endpoint.health.show-details=always",
        "camel.health.producers-enabled=true"}) // the application only sends to Kommo: its checks are producers'
class KommoHealthDownTest {

    private static final KommoSandbox SANDBOX = KommoSandbox.start();

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void sandboxUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kommo.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void aBlockedAccountTurnsTheApplicationDown() throws Exception {
        SANDBOX.faults().failNext(1, null, "/api/v4/", 403);
        Exchange refused = template.request("direct:all-leads", exchange -> {
        });
        assertThat(refused.getException()).isNotNull();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("DOWN");
        JsonNode camel = health.path("components").path("camelHealth").path("details");
        assertThat(camel.path("kommo-127.0.0.1").asText()).isEqualTo("DOWN");
        assertThat(camel.path("kommo-127.0.0.1.data").path("account").asText()).isEqualTo(SANDBOX.baseUrl());
        assertThat(response.body()).doesNotContain(SANDBOX.token());
    }
}
