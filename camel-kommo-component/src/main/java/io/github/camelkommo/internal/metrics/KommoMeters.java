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
package io.github.camelkommo.internal.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoRequestListener;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Publishes the accounts' requests and budgets, and the consumers' lag, to a Micrometer {@link MeterRegistry}:
 * <ul>
 * <li>{@code kommo.requests} (timer): every request, tagged account, entity, operation and status (0: no answer).
 * Entity and operation are what the request was sent for, as its sender labelled it: a producer's entity and
 * operation, a consumer's entity and {@code poll}, {@code account} and {@code probe} for the health check;</li>
 * <li>{@code kommo.budget.permits.waited}, {@code kommo.budget.rate.limited} (429s), {@code kommo.budget.retries},
 * {@code kommo.budget.forbidden.trips}, {@code kommo.budget.rejected} (counters), {@code kommo.budget.blocked}
 * (gauge, 1 while the 403 circuit is open), tagged account (its base URL: clients of one base URL with different
 * tokens count together);</li>
 * <li>{@code kommo.consumer.lag} (gauge, seconds): how far behind the consumer is (see
 * {@link PollingStatus#lag()}), tagged account, entity and route.</li>
 * </ul>
 * An account's meters go away when its last client is unbound (the account is no longer used). Only loaded when
 * Micrometer is on the classpath.
 */
public final class KommoMeters {

    private final MeterRegistry registry;
    private final Map<String, AccountMeters> accounts = new ConcurrentHashMap<>();
    private final Map<KommoClient, KommoRequestListener> listeners = new ConcurrentHashMap<>();
    private final Map<PollingStatus, Meter> consumerMeters = new ConcurrentHashMap<>();

    public KommoMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Meters for every registry an application has: the registries that no composite among them already feeds (with
     * Prometheus and JMX, Spring Boot's composite over both), under one composite of their own when several remain.
     *
     * @param registries the {@link MeterRegistry} instances found, in any number
     * @return the meters, or null when there is no registry
     */
    public static KommoMeters of(Collection<?> registries) {
        List<MeterRegistry> fed = registries.stream().filter(CompositeMeterRegistry.class::isInstance)
                .flatMap(composite -> ((CompositeMeterRegistry) composite).getRegistries().stream()).toList();
        List<MeterRegistry> roots = registries.stream().map(MeterRegistry.class::cast)
                .filter(registry -> fed.stream().noneMatch(child -> child == registry)).toList();
        if (roots.isEmpty()) {
            return null;
        }
        return new KommoMeters(roots.size() == 1 ? roots.get(0) : new CompositeMeterRegistry(Clock.SYSTEM, roots));
    }

    /** The meters of one account name: its budget counters over every client of that name, and its timers. */
    private final class AccountMeters {
        final String account;
        final BudgetTotals totals = new BudgetTotals();
        final List<Meter> meters = new CopyOnWriteArrayList<>();
        /** Set once the account's meters are gone: a request still under way then is not recorded. */
        volatile boolean closed;

        AccountMeters(String account) {
            this.account = account;
            counter("kommo.budget.permits.waited", "Requests that waited for a permit",
                    BudgetTotals.Counter.PERMITS_WAITED);
            counter("kommo.budget.rate.limited", "429 answers", BudgetTotals.Counter.RATE_LIMITED);
            counter("kommo.budget.retries", "Retries", BudgetTotals.Counter.RETRIES);
            counter("kommo.budget.forbidden.trips", "Times a 403 opened the circuit",
                    BudgetTotals.Counter.FORBIDDEN_TRIPS);
            counter("kommo.budget.rejected", "Requests refused without being sent", BudgetTotals.Counter.REJECTED);
            meters.add(Gauge.builder("kommo.budget.blocked", totals, t -> t.anyBlocked() ? 1 : 0)
                    .description("1 while the account's circuit is open after a 403")
                    .tag("account", account).register(registry));
        }

        private void counter(String name, String description, BudgetTotals.Counter counter) {
            meters.add(FunctionCounter.builder(name, totals, t -> t.total(counter)).description(description)
                    .tag("account", account).register(registry));
        }

        void record(KommoRequest request, int status, long nanos) {
            if (closed) {
                return;
            }
            KommoRequest.Label label = request.label() == null ? KommoRequest.Label.OTHER : request.label();
            Timer timer = Timer.builder("kommo.requests")
                    .description("Requests sent to Kommo")
                    .tag("account", account)
                    .tag("entity", label.entity())
                    .tag("operation", label.operation())
                    .tag("status", String.valueOf(status))
                    .register(registry);
            timer.record(nanos, TimeUnit.NANOSECONDS);
            if (!meters.contains(timer)) {
                meters.add(timer);
            }
        }

        void close() {
            closed = true;
            meters.forEach(registry::remove);
            meters.clear();
        }
    }

    /** Publishes the requests and budget of an account's client. */
    public synchronized void bind(KommoClient client) {
        if (listeners.containsKey(client)) {
            return;
        }
        AccountMeters meters = accounts.computeIfAbsent(client.account().name(), AccountMeters::new);
        meters.totals.add(client);
        KommoRequestListener listener = meters::record;
        listeners.put(client, listener);
        client.addListener(listener);
    }

    /** Stops publishing a client; the account's meters go once none of its clients is bound. */
    public synchronized void unbind(KommoClient client) {
        KommoRequestListener listener = listeners.remove(client);
        if (listener == null) {
            return;
        }
        client.removeListener(listener);
        AccountMeters meters = accounts.get(client.account().name());
        meters.totals.remove(client);
        if (meters.totals.isEmpty()) {
            accounts.remove(meters.account);
            meters.close();
        }
    }

    /** Publishes how far behind a consumer is. */
    public void bind(PollingStatus consumer, String account) {
        consumerMeters.put(consumer, Gauge.builder("kommo.consumer.lag", consumer, KommoMeters::lagSeconds)
                .description("Seconds the consumer is behind: since its last poll that found nothing left to deliver, "
                             + "or the age of the oldest change it has not delivered")
                .baseUnit("seconds")
                .tag("account", account)
                .tag("entity", consumer.entity().name())
                .tag("route", String.valueOf(consumer.getRouteId()))
                .register(registry));
    }

    private static double lagSeconds(PollingStatus consumer) {
        Duration lag = consumer.lag();
        return lag == null ? Double.NaN : lag.toMillis() / 1000.0;
    }

    /** Takes a stopped consumer's lag off the registry. */
    public void unbind(PollingStatus consumer) {
        Meter meter = consumerMeters.remove(consumer);
        if (meter != null) {
            registry.remove(meter);
        }
    }

    /** Takes every meter this published off the registry, when the component stops. */
    public synchronized void close() {
        consumerMeters.keySet().forEach(this::unbind);
        List.copyOf(listeners.keySet()).forEach(this::unbind);
    }
}
