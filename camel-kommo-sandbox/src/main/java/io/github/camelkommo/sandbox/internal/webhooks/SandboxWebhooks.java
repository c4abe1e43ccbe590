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
package io.github.camelkommo.sandbox.internal.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.SandboxClock;
import io.github.camelkommo.sandbox.WebhookDelivery;
import io.github.camelkommo.sandbox.internal.store.ChangeListener;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;

/**
 * The sandbox's account webhooks: the hooks ({@code /api/v4/webhooks}) and their delivery. Every change the store
 * makes (through the API or {@code SandboxData}) is posted to the enabled hooks subscribed to its event:
 * {@code add_<entity>}, {@code update_<entity>} (every update), and with it {@code status_lead} when a lead's stage
 * or pipeline changed and {@code responsible_<entity>} when the responsible user did; {@code delete_<entity>},
 * {@code restore_<entity>}, and {@code note_<entity>} for a note added to a lead, contact or company. Each event is
 * one POST (see {@link WebhookPayload} for the form and {@link WebhookSender} for timeout, retries and disabling).
 */
public final class SandboxWebhooks implements ChangeListener, AutoCloseable {

    private final EntityStore store;
    private final WebhookRegistry registry;
    private final WebhookSender sender;

    public SandboxWebhooks(EntityStore store, SandboxClock clock) {
        this.store = store;
        this.registry = new WebhookRegistry(store, clock);
        this.sender = new WebhookSender(registry, clock);
        store.changeListener(this);
    }

    /** The hooks. */
    public WebhookRegistry registry() {
        return registry;
    }

    /** Every delivery attempt so far, oldest first. */
    public List<WebhookDelivery> deliveries() {
        return sender.deliveries();
    }

    /** Retries waiting for their time (Kommo's table: 5 minutes, 15, 15, an hour) on the sandbox's clock. */
    public int pendingRetries() {
        return sender.pendingRetries();
    }

    /** Sends the retries that are due now on the sandbox's clock (also done every 200 ms by itself). */
    public void retryDue() {
        sender.retryDue();
    }

    @Override
    public void changed(EntityType type, String action, ObjectNode before, ObjectNode after) {
        String singular = type.singular();
        List<String[]> events = new ArrayList<>();
        events.add(new String[]{action, action + "_" + singular});
        if ("update".equals(action) && before != null) {
            if (type == EntityType.LEADS && (!Objects.equals(before.get("status_id"), after.get("status_id"))
                                             || !Objects.equals(before.get("pipeline_id"), after.get("pipeline_id")))) {
                events.add(new String[]{"status", "status_lead"});
            }
            if (!Objects.equals(before.get("responsible_user_id"), after.get("responsible_user_id"))) {
                events.add(new String[]{"responsible", "responsible_" + singular});
            }
        }
        String subdomain = store.account().path("subdomain").asText();
        for (String[] event : events) {
            List<ObjectNode> hooks = registry.subscribers(event[1]);
            if (hooks.isEmpty()) {
                continue;
            }
            String body = WebhookPayload.of(type, event[0], after, before, subdomain, store.accountId());
            for (ObjectNode hook : hooks) {
                sender.send(hook.get("id").asLong(), hook.get("destination").asText(), event[1], body);
            }
        }
    }

    /** Forgets hooks, deliveries and pending retries. */
    public void reset() {
        sender.clear();
        registry.clear();
    }

    @Override
    public void close() {
        sender.close();
    }
}
