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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.SandboxClock;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The account's webhooks, as {@code /api/v4/webhooks} shows them ({@code id}, {@code destination},
 * {@code created_at}, {@code updated_at}, {@code account_id}, {@code created_by}, {@code sort}, {@code disabled},
 * {@code settings}: amocrm.ru webhooks-api examples), one per destination, and each one's recent failed deliveries
 * for the disable rule.
 */
public final class WebhookRegistry {

    /** Kommo's limit of webhooks per account (K-LIM). */
    public static final int MAX_HOOKS = 100;

    private final EntityStore store;
    private final SandboxClock clock;
    private final Map<String, ObjectNode> byDestination = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1056948);

    public WebhookRegistry(EntityStore store, SandboxClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The hooks, by id; with a destination only that one. */
    public synchronized List<ObjectNode> list(String destination) {
        List<ObjectNode> out = new ArrayList<>();
        byDestination.values().stream().filter(h -> destination == null || destination.equals(textOf(h)))
                .sorted((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong())).forEach(out::add);
        return out;
    }

    /**
     * Adds a hook, or for a destination already subscribed replaces its settings and sort and enables it again (what
     * re-saving a hook does in the settings, K-WH); the hook as answered.
     */
    public synchronized ObjectNode subscribe(String destination, JsonNode settings, int sort) {
        long now = clock.nowSeconds();
        ObjectNode existing = byDestination.get(destination);
        ObjectNode hook = existing == null ? Json.object() : existing.deepCopy();
        if (existing == null) {
            hook.put("id", ids.incrementAndGet());
            hook.put("destination", destination);
            hook.put("created_at", now);
        }
        hook.put("updated_at", now);
        hook.put("account_id", store.accountId());
        hook.put("created_by", existing == null ? store.currentUserId() : existing.get("created_by").asLong());
        hook.put("sort", sort);
        hook.put("disabled", false);
        hook.set("settings", settings.deepCopy());
        byDestination.put(destination, hook);
        failures.remove(hook.get("id").asLong());
        return hook;
    }

    /** Whether the number of hooks allows one more. */
    public synchronized boolean full(String destination) {
        return !byDestination.containsKey(destination) && byDestination.size() >= MAX_HOOKS;
    }

    /** Removes the hook of this destination; whether there was one. */
    public synchronized boolean unsubscribe(String destination) {
        ObjectNode gone = byDestination.remove(destination);
        if (gone != null) {
            failures.remove(gone.get("id").asLong());
        }
        return gone != null;
    }

    /** The enabled hooks subscribed to this event ({@code add_lead}, ...). */
    public List<ObjectNode> subscribers(String event) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode hook : list(null)) {
            if (!hook.get("disabled").asBoolean()) {
                for (JsonNode setting : hook.get("settings")) {
                    if (setting.asText().equals(event)) {
                        out.add(hook);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The hook of this id as it is now. */
    public Optional<ObjectNode> byId(long id) {
        return byDestination.values().stream().filter(h -> h.get("id").asLong() == id).findFirst();
    }

    /**
     * Records a failed delivery; disables the hook when more than {@code threshold} failed within {@code window}
     * seconds, this one included (amocrm.ru webhooks-format: "more than 100 invalid answers in the last 2 hours and
     * the latest also invalid"). Whether it is now disabled.
     */
    public synchronized boolean failed(long hookId, int threshold, long window) {
        long now = clock.nowSeconds();
        List<Long> times = failures.computeIfAbsent(hookId, id -> new ArrayList<>());
        times.add(now);
        times.removeIf(t -> t <= now - window);
        if (times.size() > threshold) {
            byId(hookId).ifPresent(hook -> {
                ObjectNode copy = hook.deepCopy();
                copy.put("disabled", true);
                byDestination.put(copy.get("destination").asText(), copy);
            });
            return true;
        }
        return false;
    }

    /** Forgets every hook. */
    public synchronized void clear() {
        byDestination.clear();
        failures.clear();
    }

    private static String textOf(JsonNode hook) {
        return hook.get("destination").asText();
    }
}
