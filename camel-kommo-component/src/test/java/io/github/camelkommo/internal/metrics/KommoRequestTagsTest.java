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
package io.github.camelkommo.internal.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.model.Contact;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kommo.requests} is tagged with what each request was sent for, as its sender says: the producer's entity and
 * operation, the consumer's entity and {@code poll}, {@code account} and {@code probe} for the health check. Paths
 * such as {@code leads/7/link} or a DELETE of {@code webhooks} would say otherwise if they were parsed.
 */
class KommoRequestTagsTest extends KommoTestSupport {

    private static final String DESTINATION = "https://hooks.example.test/kommo";

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("meters", meters);
    }

    private long count(String entity, String operation) {
        return meters.find("kommo.requests").tags("entity", entity, "operation", operation).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private Set<String> tagPairs() {
        return meters.find("kommo.requests").timers().stream()
                .map(t -> t.getId().getTag("entity") + "/" + t.getId().getTag("operation")).collect(Collectors.toSet());
    }

    @Test
    void linksAreTaggedWithTheLinkedEntityAndTheLinkOperation() {
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();
        Contact contact = new Contact();
        contact.setId(sandbox().data().list("contacts").get(0).get("id").asLong());

        template.requestBodyAndHeader("kommo:leads?operation=link", contact, KommoConstants.ENTITY_ID, lead);
        template.requestBodyAndHeader("kommo:leads?operation=links", null, KommoConstants.ENTITY_ID, lead);

        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/" + lead + "/link")).hasSize(1);
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads/" + lead + "/links")).hasSize(1);
        assertThat(count("leads", "link")).isEqualTo(1);
        assertThat(count("leads", "links")).isEqualTo(1);
        assertThat(tagPairs()).containsExactlyInAnyOrder("leads/link", "leads/links");
    }

    @Test
    void aWebhookUnsubscriptionIsNotAList() {
        template.requestBody("kommo:webhooks?operation=subscribe&events=add_lead", DESTINATION);
        template.requestBody("kommo:webhooks?operation=unsubscribe", DESTINATION);

        assertThat(sandbox().stats().requests("DELETE", "/api/v4/webhooks")).hasSize(1);
        assertThat(tagPairs()).containsExactlyInAnyOrder("webhooks/subscribe", "webhooks/unsubscribe");
    }

    @Test
    void aStageAndAnOwnersNotesCountUnderTheEndpointsEntity() {
        long pipeline = sandbox().data().mainPipelineId();
        long stage = sandbox().data().firstStatusId(pipeline);
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();

        template.requestBody("kommo:statuses?operation=get&pipelineId=" + pipeline + "&entityId=" + stage,
                (Object) null);
        template.requestBody("kommo:notes?operation=list&entityType=leads&entityId=" + lead, (Object) null);

        assertThat(tagPairs()).containsExactlyInAnyOrder("statuses/get", "notes/list");
    }

    @Test
    void theConsumerPollsAndTheHealthCheckProbes() throws Exception {
        try (Producer producer = context.getEndpoint("kommo:account?operation=get").createProducer()) {
            producer.start(); // the account is in use, nothing sent yet: the check probes
            HealthCheck check = HealthCheckRegistry.get(context).getCheck("kommo-127.0.0.1").orElseThrow();
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kommo:leads?delay=60000&initialDelay=0").routeId("poller").to("mock:changes");
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count("leads", "poll") == 1);

            assertThat(count("account", "probe")).isEqualTo(1);
            assertThat(tagPairs()).containsExactlyInAnyOrder("account/probe", "leads/poll");
            assertThat(sandbox().stats().requests("GET", "/api/v4/account")).hasSize(1);
            assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).hasSize(1);
        }
    }
}
