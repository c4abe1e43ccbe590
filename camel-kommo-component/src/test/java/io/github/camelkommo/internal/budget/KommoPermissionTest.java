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
package io.github.camelkommo.internal.budget;

import java.util.List;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoPermissionException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token whose user is not an administrator: Kommo answers 403 (problem+json) on admin-only endpoints such as
 * {@code users}. That 403 must fail its exchange alone, never stop the account as Kommo's block does.
 */
class KommoPermissionTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.getConfiguration().setAccessToken(RESTRICTED_TOKEN);
        return kommo;
    }

    @Test
    void readingUsersWithoutAdminRightsFailsThatExchangeAloneAndTheAccountGoesOn() {
        Exchange users = template.request("kommo:users?operation=list", e -> {
        });
        Exchange again = template.request("kommo:users?operation=list", e -> {
        });
        @SuppressWarnings("unchecked")
        List<Lead> leads = template.requestBody("kommo:leads?operation=list", null, List.class);

        assertThat(users.getException()).isInstanceOf(KommoPermissionException.class)
                .isNotInstanceOf(KommoForbiddenException.class)
                .hasMessageContaining("GET /api/v4/users").hasMessageContaining("lacks the rights");
        assertThat(again.getException()).isInstanceOf(KommoPermissionException.class);
        assertThat(leads).isNotEmpty();
        assertThat(sandbox().stats().requests("GET", "/api/v4/users")).extracting(RecordedRequest::status)
                .containsExactly(403, 403);
        assertThat(sandbox().stats().requests("GET", "/api/v4/account")).as("at most one probe per 403, none "
                                                                            + "once the account answered a later request")
                .extracting(RecordedRequest::status).containsOnly(200).hasSizeBetween(1, 2);
        KommoClient client = kommo().accounts().clients().get(0);
        assertThat(client.budget().isBlocked()).isFalse();
        assertThat(client.budget().stats().getForbiddenTrips()).isZero();
    }

    @Test
    void theAccountStaysReadyAfterAPermission403() {
        template.request("kommo:users?operation=list", e -> {
        });

        HealthCheck.Result result = HealthCheckRegistry.get(context).stream()
                .filter(c -> c.getId().startsWith("kommo-"))
                .findFirst().orElseThrow().call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
    }
}
