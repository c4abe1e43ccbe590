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
package io.github.camelkommo.internal.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.KommoTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kommo.consumer.lag} says how far behind the consumer is: within a poll of zero while Kommo is quiet however
 * old the last change is, growing while polls fail, and the age of the oldest change not delivered while exchanges
 * fail. The sandbox's clock dates the changes; the consumer's lag is on the wall clock.
 */
class KommoConsumerLagTest extends KommoTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean routeFails = new AtomicBoolean();
    private long sandboxSecondsBefore;

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("meters", meters);
    }

    @BeforeEach
    void rememberTheSandboxClock() {
        sandboxSecondsBefore = sandbox().clock().nowSeconds();
    }

    @AfterEach
    void restoreTheSandboxClock() {
        sandbox().faults().clear();
        sandbox().clock().set(sandboxSecondsBefore);
    }

    private void startPoller(String modifiedSince) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=200&initialDelay=0&modifiedSince=" + modifiedSince).routeId("poller")
                        .process(e -> {
                            if (routeFails.get()) {
                                throw new IllegalStateException("the route fails");
                            }
                        });
            }
        });
    }

    private KommoConsumer poller() {
        return (KommoConsumer) context.getRoute("poller").getConsumer();
    }

    private double gauge() {
        return meters.find("kommo.consumer.lag").tags("route", "poller").gauge().value();
    }

    private int polls() {
        return sandbox().stats().requests("GET", "/api/v4/leads").size();
    }

    @Test
    void quietPollsKeepTheLagNearZeroWhateverTheAgeOfTheLastChange() throws Exception {
        // the last change is a day old, and already delivered: the watermark starts after it
        long dayAgo = Instant.now().getEpochSecond() - 86_400;
        sandbox().clock().set(dayAgo);
        sandbox().data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "yesterday"));

        startPoller(Instant.ofEpochSecond(dayAgo + 1).toString());

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> polls() >= 3);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> poller().getLagSeconds() <= 2 && gauge() <= 2.5);
        assertThat(polls()).as("it kept polling meanwhile").isGreaterThan(5);
    }

    @Test
    void failingPollsMakeTheLagGrowFromTheLastQuietPoll() throws Exception {
        startPoller("now");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> polls() >= 2);
        assertThat(poller().getLagSeconds()).isLessThanOrEqualTo(2);

        sandbox().faults().failNext(1_000, "GET", "/api/v4/leads", 503);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> poller().getLagSeconds() >= 4);
        long failing = poller().getLagSeconds();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> poller().getLagSeconds() >= failing + 2);
        assertThat(gauge()).isGreaterThanOrEqualTo(failing + 2);

        sandbox().faults().clear();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> poller().getLagSeconds() <= 2);
    }

    @Test
    void anUndeliveredChangeMakesTheLagItsAge() throws Exception {
        long hourAgo = Instant.now().getEpochSecond() - 3_600;
        sandbox().clock().set(hourAgo);
        sandbox().data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "an hour old"));
        routeFails.set(true);

        startPoller(Instant.ofEpochSecond(hourAgo - 1_800).toString()); // the watermark is older than the change

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> polls() >= 3);
        long lag = poller().getLagSeconds();
        assertThat(lag).as("the age of the change the route has not taken").isBetween(3_600L, 3_700L);
        assertThat(gauge()).isBetween(3_600.0, 3_700.0);

        routeFails.set(false);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> poller().getLagSeconds() <= 2);
    }
}
