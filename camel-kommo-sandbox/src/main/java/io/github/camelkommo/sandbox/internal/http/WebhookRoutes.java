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
package io.github.camelkommo.sandbox.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.WebhookDelivery;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.webhooks.SandboxWebhooks;

/**
 * The webhooks' routes: the API ({@code GET}/{@code POST}/{@code DELETE /api/v4/webhooks}) and the inspection
 * route {@code GET /__sandbox/webhooks/deliveries} (every delivery attempt, oldest first: hook id, destination, event,
 * attempt, status, body, at, disabled).
 */
public final class WebhookRoutes {

    /** Where the API serves the webhooks. */
    public static final String PATH = "/api/v4/webhooks";

    private WebhookRoutes() {
    }

    /** Adds the API routes. */
    public static void api(Router router, SandboxWebhooks webhooks) {
        WebhooksHandler handler = new WebhooksHandler(webhooks.registry());
        router.on("GET", PATH, handler::list).on("POST", PATH, handler::subscribe).on("DELETE", PATH,
                handler::unsubscribe);
    }

    /** Adds the inspection route. */
    public static void inspection(Router router, SandboxWebhooks webhooks) {
        router.on("GET", "/__sandbox/webhooks/deliveries", (request, ids) -> {
            ArrayNode out = Json.array();
            for (WebhookDelivery d : webhooks.deliveries()) {
                ObjectNode item = out.addObject();
                item.put("hook_id", d.hookId()).put("destination", d.destination()).put("event", d.event())
                        .put("attempt", d.attempt()).put("status", d.status()).put("body", d.body())
                        .put("at", d.at()).put("disabled", d.disabled());
            }
            return ApiResponse.json(200, out);
        });
    }
}
