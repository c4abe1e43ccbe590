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

import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelkommo.internal.budget.AccountBudget;
import io.github.camelkommo.internal.client.KommoClient;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator replaces an account's long-lived token: the route is re-created with the new one, as a route reload or
 * a redeployed Kamelet does. The old token's client goes with its last route: no check of it keeps reporting the old
 * token, its budget is no longer the account's, its meters go (the account's come back with the new client), and the
 * component's JMX totals keep what it counted.
 */
class KommoTokenRotationTest extends ObservedKommoTestSupport {

    private void route(String token) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crm").routeId("crm").to("kommo:leads?operation=list&accessToken=RAW(" + token + ")");
            }
        });
    }

    private List<HealthCheck> kommoChecks() {
        return HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo-")).toList();
    }

    @Test
    void theOldTokensCheckAndBudgetGoWithItsLastRoute() throws Exception {
        route(sandbox().token());
        template.requestBody("direct:crm", (Object) null);
        KommoClient old = kommo().accounts().clients().get(0);
        AccountBudget oldBudget = old.budget();
        assertThat(kommoChecks()).extracting(HealthCheck::getId).containsExactly("kommo-127.0.0.1");

        context.getRouteController().stopRoute("crm");
        context.removeRoute("crm");
        route(RESTRICTED_TOKEN); // another token of the same account
        template.requestBody("direct:crm", (Object) null);

        assertThat(kommo().accounts().clients()).singleElement().satisfies(client -> {
            assertThat(client.account().token()).isEqualTo(RESTRICTED_TOKEN);
            assertThat(client.budget()).isNotSameAs(oldBudget);
        });
        assertThat(kommoChecks()).singleElement().satisfies(check -> {
            assertThat(check.getId()).as("the id is the account's again").isEqualTo("kommo-127.0.0.1");
            assertThat(((KommoHealthCheck) check).client().account().token()).isEqualTo(RESTRICTED_TOKEN);
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        });

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName component = server
                .queryNames(new ObjectName("org.apache.camel:type=components,name=\"kommo\",*"), null)
                .iterator().next();
        assertThat(server.getAttribute(component, "AccountCount")).isEqualTo(1);
        assertThat(server.getAttribute(component, "TotalRequests")).as("the old token's request still counts")
                .isEqualTo(2L);
        assertThat(meters.find("kommo.budget.retries").functionCounters()).as("one account, one meter").hasSize(1);
        assertThat(meters.find("kommo.requests").tags("account", sandbox().baseUrl()).timers())
                .as("the account's meters went with the old token's client and count the new one's requests")
                .singleElement().satisfies(timer -> assertThat(timer.count()).isEqualTo(1));

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("kommo");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat((List<?>) json.get("accounts")).hasSize(1);
    }

    @Test
    void anotherTokenInUseAtTheSameTimeIsAnotherAccountWithItsOwnCheck() throws Exception {
        route(sandbox().token());
        template.requestBody("direct:crm", (Object) null);
        template.requestBody("kommo:leads?operation=list&accessToken=RAW(" + RESTRICTED_TOKEN + ")", (Object) null);

        assertThat(kommoChecks()).extracting(HealthCheck::getId)
                .containsExactlyInAnyOrder("kommo-127.0.0.1", "kommo-127.0.0.1-2");
        assertThat(kommo().accounts().clients()).hasSize(2);
    }
}
