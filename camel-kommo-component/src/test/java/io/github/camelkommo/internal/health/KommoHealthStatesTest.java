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
import java.util.concurrent.CompletableFuture;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness states that need the budget busy or Kommo failing: UNKNOWN when nothing has answered yet and no
 * permit is free for a probe, DOWN while Kommo answers 5xx, UP again once it answers.
 */
class KommoHealthStatesTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setRequestsPerSecond(1); // one permit a second: a request in flight leaves none for a probe
        kommo.setMaxRetries(0);
        return kommo;
    }

    private HealthCheck check() {
        return HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo-")).findFirst()
                .orElseThrow();
    }

    @Test
    void unknownWhileTheOnlyPermitIsInFlightAndNothingAnsweredYet() throws Exception {
        sandbox().faults().latency(Duration.ofSeconds(3));
        CompletableFuture<Object> slow = template.asyncRequestBody("kommo:leads?operation=list", (Object) null);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kommo().accounts().clients().size() == 1
                                                                      && kommo().accounts().clients().get(0).budget()
                                                                              .stats().getRequests() == 1);

        HealthCheck.Result result = check().call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("no permit free"));
        slow.get();
        sandbox().faults().clear();
    }

    @Test
    void downWhileKommoFailsAndUpOnceItAnswers() {
        sandbox().faults().failNext(1, "GET", "/api/v4/leads", 503);
        template.request("kommo:leads?operation=list", e -> {
        });

        HealthCheck.Result failing = check().call();
        template.requestBody("kommo:leads?operation=list", (Object) null);
        HealthCheck.Result answering = check().call();

        assertThat(failing.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(failing.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("503"));
        assertThat(answering.getState()).isEqualTo(HealthCheck.State.UP);
    }
}
