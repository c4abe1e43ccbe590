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

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelkommo.sandbox.SandboxClock;
import io.github.camelkommo.sandbox.WebhookDelivery;

/**
 * Posts webhooks as Kommo does (amocrm.ru webhooks-format, K-WH): at once, one at a time, waiting at most
 * {@value #TIMEOUT_MILLIS} ms for the answer; a status outside 100..299, no answer or no connection is a failure. A
 * failed attempt is retried by Kommo's table, the delay counted from the previous attempt on the sandbox's clock:
 * attempt 2 after 5 minutes and 3 after 15 for any failure, 4 after 15 minutes and 5 after an hour only when the
 * previous answer was 499 or 5xx. A hook is disabled when more than 100 deliveries failed in the last 2 hours and the
 * latest did too. Only loopback destinations are posted to; others are recorded as not sent.
 */
final class WebhookSender implements AutoCloseable {

    static final int TIMEOUT_MILLIS = 2000;
    static final int DISABLE_THRESHOLD = 100;
    static final long DISABLE_WINDOW = 2 * 3600;
    private static final long[] RETRY_DELAYS = {0, 0, 5 * 60, 15 * 60, 15 * 60, 3600};

    private final WebhookRegistry registry;
    private final SandboxClock clock;
    private final HttpClient http;
    private final ExecutorService sender;
    private final ScheduledExecutorService retries;
    private final List<WebhookDelivery> log = new ArrayList<>();
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

    private record Pending(long hookId, String destination, String event, String body, int attempt, long due) {
    }

    WebhookSender(WebhookRegistry registry, SandboxClock clock) {
        this.registry = registry;
        this.clock = clock;
        this.sender = Executors.newSingleThreadExecutor(r -> daemon(r, "kommo-sandbox-webhooks"));
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kommo-sandbox-webhook-retries"));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(TIMEOUT_MILLIS)).build();
        retries.scheduleWithFixedDelay(this::retryDue, 200, 200, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Queues the first attempt. */
    void send(long hookId, String destination, String event, String body) {
        sender.execute(() -> attempt(new Pending(hookId, destination, event, body, 1, clock.nowSeconds())));
    }

    /** Queues the retries whose time has come on the sandbox's clock. */
    void retryDue() {
        long now = clock.nowSeconds();
        for (Pending p : pending) {
            if (p.due() <= now && pending.remove(p)) {
                sender.execute(() -> attempt(p));
            }
        }
    }

    private void attempt(Pending p) {
        if (p.attempt() > 1 && registry.byId(p.hookId()).map(h -> h.get("disabled").asBoolean()).orElse(true)) {
            return; // removed or disabled since
        }
        int status = post(p.destination(), p.body());
        boolean failed = status < 100 || status > 299;
        boolean disabled = failed && status != -1 && registry.failed(p.hookId(), DISABLE_THRESHOLD, DISABLE_WINDOW);
        synchronized (log) {
            log.add(new WebhookDelivery(p.hookId(), p.destination(), p.event(), p.attempt(), status, p.body(),
                    clock.nowSeconds(), disabled));
        }
        int next = p.attempt() + 1;
        if (failed && status != -1 && !disabled && next < RETRY_DELAYS.length
            && (next <= 3 || status == 499 || status >= 500 && status <= 599)) {
            pending.add(new Pending(p.hookId(), p.destination(), p.event(), p.body(), next,
                    clock.nowSeconds() + RETRY_DELAYS[next]));
        }
    }

    private int post(String destination, String body) {
        try {
            URI uri = URI.create(destination);
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                return -1;
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(TIMEOUT_MILLIS))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Every attempt so far, oldest first. */
    List<WebhookDelivery> deliveries() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Retries not yet due. */
    int pendingRetries() {
        return pending.size();
    }

    void clear() {
        pending.clear();
        synchronized (log) {
            log.clear();
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        sender.shutdownNow();
    }
}
