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

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoNotFoundException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.model.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kommo's webhooks API: {@code POST /api/v4/webhooks} with {@code {destination, settings[, sort]}} answers the
 * webhook; {@code DELETE /api/v4/webhooks} with {@code {destination}} removes it, 204, or answers 404 when there
 * is no such hook (amocrm.ru webhooks-api, PHP Webhooks.php). Both need an administrator's token.
 */
public final class WebhookSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSubscriptions.class);

    private WebhookSubscriptions() {
    }

    /** Registers the webhook; returns Kommo's answer (the webhook with its id). */
    public static JsonNode subscribe(KommoClient client, Webhook hook) throws KommoException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("destination", hook.getDestination());
        hook.getSettings().forEach(body.putArray("settings")::add);
        if (hook.getSort() != null) {
            body.put("sort", hook.getSort());
        }
        return client.execute(KommoRequest.post(KommoEntity.webhooks.path(), bytes(client, body)), false).body();
    }

    /**
     * Removes the webhook of this destination. Kommo's 404 (no hook with it: removed in Kommo's settings, or by an
     * earlier DELETE whose answer was lost) means it is gone already, which is what was asked.
     *
     * @return whether a hook was removed; {@code false} when there was none
     */
    public static boolean unsubscribe(KommoClient client, String destination) throws KommoException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("destination", destination);
        try {
            client.execute(KommoRequest.delete(KommoEntity.webhooks.path(), bytes(client, body)), true);
            return true;
        } catch (KommoNotFoundException e) {
            LOG.info("{} has no webhook with this destination (404): it was removed already", client.account().name());
            return false;
        }
    }

    private static byte[] bytes(KommoClient client, ObjectNode body) {
        try {
            return client.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
