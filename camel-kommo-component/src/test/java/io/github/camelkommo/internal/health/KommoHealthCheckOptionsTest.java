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
package io.github.camelkommo.internal.health;

import java.time.Duration;
import java.util.List;

import io.github.camelkommo.KommoTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account's readiness check is shown as Camel's own components show theirs: for consumers in the repository
 * {@code kommo} unless {@code healthCheckConsumerEnabled=false}, for producers in Camel's {@code producers}
 * repository unless {@code healthCheckProducerEnabled=false}, and that repository only when Camel's producer checks
 * are on. It is there only while a producer or consumer of the account runs.
 */
class KommoHealthCheckOptionsTest extends KommoTestSupport {

    private List<String> shownKommoChecks() {
        return HealthCheckRegistry.get(context).stream().map(HealthCheck::getId).filter(id -> id.startsWith("kommo-"))
                .toList();
    }

    private List<String> idsIn(String repository) {
        HealthCheckRepository checks = HealthCheckHelper.getHealthCheckRepository(context, repository);
        return checks.stream().map(HealthCheck::getId).toList();
    }

    private void startPoller() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=60000").routeId("poller").to("mock:changes");
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sandbox().stats().requests("GET", "/api/v4/leads").size() == 1);
    }

    @Test
    void producersShowTheAccountCheckInCamelsProducersRepository() {
        template.requestBody("kommo:users?operation=list", (Object) null);

        assertThat(shownKommoChecks()).containsExactly("kommo-127.0.0.1");
        assertThat(idsIn("producers")).containsExactly("kommo-127.0.0.1");
        assertThat(idsIn(KommoHealthCheckRepository.ID)).as("no consumer uses the account").isEmpty();
    }

    @Test
    void healthCheckProducerEnabledFalseLeavesProducersWithoutCheck() throws Exception {
        kommo().setHealthCheckProducerEnabled(false);

        template.requestBody("kommo:users?operation=list", (Object) null);

        assertThat(sandbox().stats().requests("GET", "/api/v4/users")).hasSize(1);
        assertThat(shownKommoChecks()).isEmpty();
        assertThat(idsIn("producers")).isEmpty();

        startPoller(); // a consumer of the same account wants the check: it is shown for it
        assertThat(idsIn(KommoHealthCheckRepository.ID)).containsExactly("kommo-127.0.0.1");
        assertThat(idsIn("producers")).isEmpty();
    }

    @Test
    void healthCheckConsumerEnabledFalseLeavesConsumersWithoutChecksOfTheirOwnOrTheAccount() throws Exception {
        kommo().setHealthCheckConsumerEnabled(false);

        startPoller();

        assertThat(shownKommoChecks()).isEmpty();
        assertThat(idsIn(KommoHealthCheckRepository.ID)).isEmpty();
        HealthCheck pollCheck = ((HealthCheckAware) context.getRoute("poller").getConsumer()).getHealthCheck();
        assertThat(pollCheck.isEnabled()).as("Camel's check of the polling consumer").isFalse();
    }

    @Test
    void consumersShowTheAccountCheckAndTheirPollCheck() throws Exception {
        startPoller();

        assertThat(shownKommoChecks()).containsExactly("kommo-127.0.0.1");
        assertThat(idsIn(KommoHealthCheckRepository.ID)).containsExactly("kommo-127.0.0.1");
        assertThat(((HealthCheckAware) context.getRoute("poller").getConsumer()).getHealthCheck().isEnabled()).isTrue();
        HealthCheck check = HealthCheckRegistry.get(context).getCheck("kommo-127.0.0.1").orElseThrow();
        // UNKNOWN until the account answered once, while the poller holds the budget's permits on a loaded machine
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void withCamelsProducerChecksOffAProducerOnlyAccountShowsNoCheck() throws Exception {
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(false); // Camel's default

        template.requestBody("kommo:users?operation=list", (Object) null);
        assertThat(shownKommoChecks()).isEmpty();

        startPoller();
        assertThat(shownKommoChecks()).containsExactly("kommo-127.0.0.1");
    }

    @Test
    void theCheckGoesWhenTheLastRouteOfTheAccountIsRemoved() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:users").routeId("users").to("kommo:users?operation=list");
            }
        });
        startPoller();
        template.requestBody("direct:users", (Object) null);
        assertThat(idsIn("producers")).containsExactly("kommo-127.0.0.1");
        assertThat(idsIn(KommoHealthCheckRepository.ID)).containsExactly("kommo-127.0.0.1");

        context.getRouteController().stopRoute("poller");
        context.removeRoute("poller");
        assertThat(idsIn(KommoHealthCheckRepository.ID)).isEmpty();
        assertThat(shownKommoChecks()).as("the producer still uses the account").containsExactly("kommo-127.0.0.1");

        context.getRouteController().stopRoute("users");
        context.removeRoute("users");
        assertThat(shownKommoChecks()).isEmpty();
        assertThat(idsIn("producers")).isEmpty();
        assertThat(kommo().accounts().clients()).isEmpty();
    }
}
