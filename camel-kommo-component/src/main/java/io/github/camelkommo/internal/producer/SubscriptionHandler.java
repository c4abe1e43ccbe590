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
package io.github.camelkommo.internal.producer;

import java.util.List;
import java.util.Map;

import io.github.camelkommo.internal.webhook.WebhookSubscriptions;
import io.github.camelkommo.model.Webhook;

/**
 * {@code kommo:webhooks?operation=subscribe|unsubscribe}. The body names the destination: a URL, a {@link Webhook}
 * or a Map with {@code destination} (and {@code settings}). Subscribing takes the body's settings, else the endpoint's
 * {@code events}; the body becomes the webhook Kommo answers. Unsubscribing ({@code DELETE /api/v4/webhooks}) leaves
 * the body as it was.
 */
final class SubscriptionHandler implements OperationHandler {

    private final boolean subscribe;

    SubscriptionHandler(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public void handle(OperationRequest request) throws Exception {
        Webhook hook = webhook(request.message().getBody());
        if (hook.getDestination() == null || hook.getDestination().isBlank()) {
            throw new IllegalArgumentException("kommo:webhooks " + (subscribe ? "subscribe" : "unsubscribe")
                                               + " needs the destination URL as the body (a String, a Webhook or a "
                                               + "Map with destination)");
        }
        if (!subscribe) {
            WebhookSubscriptions.unsubscribe(request.client(), hook.getDestination());
            return;
        }
        if (hook.getSettings() == null || hook.getSettings().isEmpty()) {
            hook.setSettings(request.webhookEvents());
        }
        request.message().setBody(request.output(WebhookSubscriptions.subscribe(request.client(), hook)));
    }

    private static Webhook webhook(Object body) {
        if (body instanceof Webhook hook) {
            return hook;
        }
        if (body instanceof Map<?, ?> map) {
            Webhook hook = new Webhook();
            Object destination = map.get("destination");
            hook.setDestination(destination == null ? null : destination.toString());
            if (map.get("settings") instanceof List<?> settings) {
                hook.setSettings(settings.stream().map(String::valueOf).toList());
            }
            return hook;
        }
        Webhook hook = new Webhook();
        hook.setDestination(body == null ? null : body.toString().trim());
        return hook;
    }
}
