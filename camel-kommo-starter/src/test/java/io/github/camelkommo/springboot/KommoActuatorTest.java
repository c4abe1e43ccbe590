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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.KommoSandbox;
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
 * What an operator sees of the kommo component through Spring Boot's actuator over HTTP: the account's health check
 * with its details, and the Kommo meters, in an application that exports to Prometheus and JMX (two registries, so
 * Spring Boot puts a composite in front of them). Spring Boot's tests turn metrics export off unless asked: the
 * properties turn both exporters on. The application only sends to Kommo, so its account's check is a producer check,
 * which Camel shows with camel.health.producers-enabled.
 */
@SpringBootTest(classes = LeadApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "management.endpoints.web.exposure.include=health,metrics,prometheus",
        "management.endpoint.health.show-details=always",
        "camel.health.exposure-level=full",
        "camel.health.producers-enabled=true", // the application only sends to Kommo: its checks are producers'
        "management.prometheus.metrics.export.enabled=true",
        "management.jmx.metrics.export.enabled=true"})
class KommoActuatorTest {

    private static final KommoSandbox SANDBOX = KommoSandbox.start();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The health check's id: "kommo-" and the account's host. */
    private static final String CHECK = "kommo-127.0.0.1";

    private final HttpClient http = HttpClient.newHttpClient();

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
    void healthShowsTheKommoAccountUpWithItsDetails() throws Exception {
        template.requestBody("direct:all-leads", (Object) null);

        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camel = health.path("components").path("camelHealth");
        assertThat(camel.path("status").asText()).isEqualTo("UP");
        assertThat(camel.path("details").path(CHECK).asText()).isEqualTo("UP");
        JsonNode details = camel.path("details").path(CHECK + ".data");
        assertThat(details.path("account").asText()).isEqualTo(SANDBOX.baseUrl());
        assertThat(details.path("status").asText()).as("the latest answer's status").isEqualTo("200");
        assertThat(response.body()).doesNotContain(SANDBOX.token());
    }

    @Test
    void metricsListTheKommoMetersAndMeasureARequest() throws Exception {
        Lead created = template.requestBody("direct:create-lead", Map.of("name", "Measured lead"), Lead.class);
        assertThat(SANDBOX.data().get("leads", created.getId())).isPresent();

        JsonNode names = json("/actuator/metrics").path("names");
        assertThat(StreamSupport.stream(names.spliterator(), false).map(JsonNode::asText))
                .contains("kommo.requests", "kommo.budget.permits.waited", "kommo.budget.rate.limited",
                        "kommo.budget.retries", "kommo.budget.forbidden.trips", "kommo.budget.rejected",
                        "kommo.budget.blocked");

        JsonNode creates = json("/actuator/metrics/kommo.requests?tag=operation:create");
        assertThat(measurement(creates, "COUNT")).isEqualTo(1.0);
        assertThat(measurement(creates, "TOTAL_TIME")).isPositive();
        assertThat(StreamSupport.stream(creates.path("availableTags").spliterator(), false)
                .filter(tag -> tag.path("tag").asText().equals("account"))
                .map(tag -> tag.path("values").path(0).asText())).containsExactly(SANDBOX.baseUrl());

        // the same request reached the Prometheus registry behind the composite
        List<String> scraped = get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("kommo_requests_seconds_count{")
                                && line.contains("operation=\"create\""))
                .toList();
        assertThat(scraped).singleElement().satisfies(line -> {
            assertThat(line).contains("account=\"" + SANDBOX.baseUrl() + "\"", "entity=\"leads\"", "status=\"200\"");
            assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).isEqualTo(1.0);
        });
    }

    private static double measurement(JsonNode metric, String statistic) {
        return StreamSupport.stream(metric.path("measurements").spliterator(), false)
                .filter(m -> m.path("statistic").asText().equals(statistic))
                .mapToDouble(m -> m.path("value").asDouble()).findFirst().orElseThrow();
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
