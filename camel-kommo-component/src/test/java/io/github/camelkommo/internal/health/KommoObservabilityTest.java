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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelkommo.sandbox.KommoSandbox;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Producer;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The health check, the Micrometer metrics, the JMX attributes and the dev console, run against the sandbox. */
class KommoObservabilityTest extends ObservedKommoTestSupport {

    private HealthCheck check() {
        return HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo-")).findFirst()
                .orElseThrow();
    }

    @Test
    void readinessIsUpWithoutAProbeWhileRequestsFlow() {
        template.requestBody("kommo:users?operation=list", (Object) null);
        int sent = sandbox().stats().total();

        HealthCheck.Result result = check().call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("status", 200).containsEntry("account", sandbox().baseUrl());
        assertThat(sandbox().stats().total()).as("no probe while an answer is fresh").isEqualTo(sent);
        assertThat(check().isReadiness()).isTrue();
        assertThat(check().isLiveness()).isFalse();
    }

    @Test
    void readinessIsDownForARefusedTokenAndWhenBlocked() {
        template.request("kommo:users?operation=list&accessToken=not-valid", e -> {
        });
        HealthCheck refused = HealthCheckRegistry.get(context).stream()
                .filter(c -> c.getId().startsWith("kommo-")).findFirst().orElseThrow();
        assertThat(refused.call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(refused.call().getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401"));

        sandbox().faults().failNext(1, null, "/api/v4/", 403);
        template.request("kommo:users?operation=list", e -> {
        });
        HealthCheck.Result blocked = HealthCheckRegistry.get(context).stream()
                .filter(c -> c.getId().startsWith("kommo-")).map(HealthCheck::call)
                .filter(r -> r.getMessage().orElse("").contains("403")).findFirst().orElseThrow();
        assertThat(blocked.getState()).isEqualTo(HealthCheck.State.DOWN);
    }

    @Test
    void aTokenThatExpiresWithinSevenDaysIsWarnedAbout() throws Exception {
        Instant expires = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String jwt = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
                     + base64("{\"exp\":" + expires.getEpochSecond() + "}")
                     + ".c2lnbmF0dXJl";
        try (KommoSandbox jwtSandbox = KommoSandbox.builder().token(jwt).start();
                Producer producer = startProducerOf(jwtSandbox)) {
            HealthCheck check = HealthCheckRegistry.get(context).stream()
                    .filter(c -> c.getId().startsWith("kommo-127.0.0.1"))
                    .filter(c -> jwtSandbox.baseUrl().equals(c.call().getDetails().get("account")))
                    .findFirst().orElseThrow();

            HealthCheck.Result result = check.call();

            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getDetails()).containsEntry("token.expires", expires.toString());
            assertThat(result.getMessage())
                    .hasValueSatisfying(m -> assertThat(m).contains("warning: the token expires at " + expires));
            assertThat(jwtSandbox.stats().requests("GET", "/api/v4/account")).as("one probe").hasSize(1);
        }
    }

    /**
     * A started producer of another sandbox's account that has sent nothing: the account is in use, so its check is
     * shown. Closing it stops the producer.
     */
    private Producer startProducerOf(KommoSandbox other) throws Exception {
        Producer producer = context.getEndpoint("kommo:account?operation=get&baseUrl=" + other.baseUrl()
                                                + "&accessToken=RAW(" + other.token() + ")")
                .createProducer();
        producer.start();
        return producer;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProbeNeverWaitsForABusyBudget() throws Exception {
        try (KommoSandbox quiet = KommoSandbox.start(); Producer producer = startProducerOf(quiet)) {
            HealthCheck check = HealthCheckRegistry.get(context).stream()
                    .filter(c -> quiet.baseUrl().equals(c.call().getDetails().get("account"))).findFirst()
                    .orElseThrow();
            int probes = quiet.stats().total();

            HealthCheck.Result second = check.call(); // within a minute of the first probe: no new probe

            assertThat(probes).isEqualTo(1);
            assertThat(quiet.stats().total()).isEqualTo(1);
            assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
        }
    }

    @Test
    void requestsAndBudgetGoToMicrometer() {
        sandbox().faults().rateLimitNext(1, 1);
        template.requestBody("kommo:leads?operation=list", (Object) null);
        template.requestBody("kommo:leads?operation=create", Map.of("name", "measured"));

        Timer lists = meters.find("kommo.requests").tags("entity", "leads", "operation", "list", "status", "200")
                .timer();
        Timer limited = meters.find("kommo.requests").tags("entity", "leads", "operation", "list", "status", "429")
                .timer();
        Timer creates = meters.find("kommo.requests").tags("entity", "leads", "operation", "create", "status", "200")
                .timer();
        assertThat(lists.count()).isEqualTo(1);
        assertThat(limited.count()).isEqualTo(1);
        assertThat(creates.count()).isEqualTo(1);
        assertThat(meters.find("kommo.budget.rate.limited").functionCounter().count()).isEqualTo(1);
        assertThat(meters.find("kommo.budget.retries").functionCounter().count()).isEqualTo(1);
        assertThat(meters.find("kommo.budget.blocked").gauge().value()).isZero();

        context.stop();
        assertThat(meters.find("kommo.requests").timers()).as("meters left after the component stopped").isEmpty();
        assertThat(meters.find("kommo.budget.retries").functionCounters()).isEmpty();
    }

    @Test
    void countersAreJmxAttributesAndTheDevConsoleShowsTheBudget() throws Exception {
        template.requestBody("kommo:leads?operation=list", (Object) null);
        template.requestBody("kommo:contacts?operation=list", (Object) null);

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:type=components,name=\"kommo\",*"),
                null);
        assertThat(names).hasSize(1);
        ObjectName component = names.iterator().next();
        assertThat(server.getAttribute(component, "TotalRequests")).isEqualTo(2L);
        assertThat(server.getAttribute(component, "TotalRateLimited")).isEqualTo(0L);

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("kommo");
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat(text).contains("Account " + sandbox().baseUrl() + ": 2 requests").contains("blocked: false");
        assertThat((List<?>) json.get("accounts")).hasSize(1);
    }
}
