package io.github.camelkommo.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.Json;
import io.github.camelkommo.sandbox.webhooks.SandboxWebhooks;
import io.github.camelkommo.sandbox.webhooks.WebhookDelivery;

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
