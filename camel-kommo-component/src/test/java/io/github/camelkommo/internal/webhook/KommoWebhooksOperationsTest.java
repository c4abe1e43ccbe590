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
package io.github.camelkommo.internal.webhook;

import java.util.List;
import java.util.Map;

import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.error.KommoPermissionException;
import io.github.camelkommo.model.Webhook;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kommo:webhooks?operation=list|subscribe|unsubscribe} against the sandbox's webhooks API: what is sent
 * (the request log) and what comes back (the models), and the 403 of a user who is not an administrator.
 */
class KommoWebhooksOperationsTest extends KommoTestSupport {

    private static final String DESTINATION = "https://hooks.example.test/kommo?kommoHookSecret=abc";

    @Test
    void subscribeListAndUnsubscribe() {
        Webhook created = template.requestBody("kommo:webhooks?operation=subscribe&events=add_lead,status_lead",
                DESTINATION, Webhook.class);
        assertThat(created.getId()).isNotNull();
        assertThat(created.getSettings()).containsExactly("add_lead", "status_lead");
        assertThat(created.getDisabled()).isFalse();
        template.requestBody("kommo:webhooks?operation=subscribe",
                Map.of("destination", "https://other.example.test/", "settings", List.of("add_task")));
        assertThat(sandbox().stats().requests("POST", "/api/v4/webhooks")).extracting(RecordedRequest::body)
                .first().asString().contains("\"destination\":\"" + DESTINATION + "\"")
                .contains("\"settings\":[\"add_lead\",\"status_lead\"]");

        @SuppressWarnings("unchecked")
        List<Webhook> all = template.requestBody("kommo:webhooks?operation=list", null, List.class);
        assertThat(all).extracting(Webhook::getDestination)
                .containsExactlyInAnyOrder(DESTINATION, "https://other.example.test/");
        @SuppressWarnings("unchecked")
        List<Webhook> one = template.requestBodyAndHeader("kommo:webhooks?operation=list", null,
                "CamelKommoFilter", Map.of("destination", DESTINATION), List.class);
        assertThat(one).singleElement().extracting(Webhook::getSettings).asList().contains("status_lead");

        template.requestBody("kommo:webhooks?operation=unsubscribe", DESTINATION);
        assertThat(sandbox().webhooks().registry().list(null)).extracting(h -> h.get("destination").asText())
                .containsExactly("https://other.example.test/");
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/webhooks")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(204));
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotSubscribe() {
        kommo().getConfiguration().setAccessToken(RESTRICTED_TOKEN);
        Exchange refused = template.request("kommo:webhooks?operation=subscribe&events=add_lead",
                e -> e.getMessage().setBody(DESTINATION));
        assertThat(refused.getException()).isInstanceOf(KommoPermissionException.class);
        assertThat(sandbox().webhooks().registry().list(null)).isEmpty();
    }

    @Test
    void unsubscribingAHookThatIsGoneAlreadySucceeds() {
        template.requestBody("kommo:webhooks?operation=subscribe&events=add_lead", DESTINATION);
        template.requestBody("kommo:webhooks?operation=unsubscribe", DESTINATION);
        template.requestBody("kommo:webhooks?operation=unsubscribe", DESTINATION); // a retried DELETE
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/webhooks")).extracting(RecordedRequest::status)
                .containsExactly(204, 404);
        assertThat(sandbox().webhooks().registry().list(null)).isEmpty();
    }
}
