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
package io.github.camelkommo.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.github.camelkommo.budget.BudgetStats;
import io.github.camelkommo.client.KommoClient;
import io.github.camelkommo.client.KommoRequest;
import io.github.camelkommo.consumer.KommoConsumer;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Publishes an account's requests and budget, and a consumer's lag, to a Micrometer {@link MeterRegistry}:
 * <ul>
 * <li>{@code kommo.requests} (timer): every request, tagged account, entity, operation and status (0: no answer);</li>
 * <li>{@code kommo.budget.permits.waited}, {@code kommo.budget.rate.limited} (429s), {@code kommo.budget.retries},
 * {@code kommo.budget.forbidden.trips}, {@code kommo.budget.rejected} (counters), {@code kommo.budget.blocked}
 * (gauge, 1 while the 403 circuit is open);</li>
 * <li>{@code kommo.consumer.lag} (gauge, seconds between now and the consumer's watermark), tagged account and
 * entity.</li>
 * </ul>
 * Only loaded when Micrometer is on the classpath.
 */
public final class KommoMeters {

    private final MeterRegistry registry;
    private final List<Meter> accountMeters = new CopyOnWriteArrayList<>();
    private final Map<KommoConsumer, Meter> consumerMeters = new ConcurrentHashMap<>();

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

    /** Publishes the requests and budget of an account. */
    public void bind(KommoClient client) {
        String account = client.account().name();
        client.addListener((request, status, nanos) -> {
            Timer timer = Timer.builder("kommo.requests")
                    .description("Requests sent to Kommo")
                    .tag("account", account)
                    .tag("entity", entityOf(request))
                    .tag("operation", operationOf(request))
                    .tag("status", String.valueOf(status))
                    .register(registry);
            timer.record(nanos, TimeUnit.NANOSECONDS);
            if (!accountMeters.contains(timer)) {
                accountMeters.add(timer);
            }
        });
        BudgetStats stats = client.budget().stats();
        counter("kommo.budget.permits.waited", "Requests that waited for a permit", account, stats, BudgetStats::getPermitsWaited);
        counter("kommo.budget.rate.limited", "429 answers", account, stats, BudgetStats::getRateLimited);
        counter("kommo.budget.retries", "Retries", account, stats, BudgetStats::getRetries);
        counter("kommo.budget.forbidden.trips", "Times a 403 opened the circuit", account, stats, BudgetStats::getForbiddenTrips);
        counter("kommo.budget.rejected", "Requests refused without being sent", account, stats, BudgetStats::getRejected);
        accountMeters.add(Gauge.builder("kommo.budget.blocked", client.budget(), b -> b.isBlocked() ? 1 : 0)
                .description("1 while the account's circuit is open after a 403")
                .tag("account", account).register(registry));
    }

    /** Publishes how far a consumer's watermark lags behind now. */
    public void bind(KommoConsumer consumer, String account) {
        consumerMeters.put(consumer, Gauge.builder("kommo.consumer.lag", consumer, c -> c.getWatermark() == null ? Double.NaN
                : Instant.now().getEpochSecond() - c.getWatermark().getEpochSecond())
                .description("Seconds between now and the last change the consumer delivered")
                .baseUnit("seconds")
                .tag("account", account)
                .tag("entity", consumer.getEndpoint().getEntity().name())
                .tag("route", String.valueOf(consumer.getRouteId()))
                .register(registry));
    }

    /** Takes a stopped consumer's lag off the registry. */
    public void unbind(KommoConsumer consumer) {
        Meter meter = consumerMeters.remove(consumer);
        if (meter != null) {
            registry.remove(meter);
        }
    }

    /** Takes every meter this published off the registry, when the component stops. */
    public void close() {
        consumerMeters.keySet().forEach(this::unbind);
        accountMeters.forEach(registry::remove);
        accountMeters.clear();
    }

    private void counter(String name, String description, String account, BudgetStats stats,
                         ToDoubleFunction<BudgetStats> value) {
        accountMeters.add(FunctionCounter.builder(name, stats, value).description(description).tag("account", account)
                .register(registry));
    }

    /** The entity a path is about: its last segment that is not an id ({@code leads/pipelines/7/statuses}: statuses). */
    static String entityOf(KommoRequest request) {
        String[] segments = request.path().split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].matches("\\d+") && !segments[i].equals("complex")) {
                return segments[i];
            }
        }
        return request.path();
    }

    /** The operation a request carries out. */
    static String operationOf(KommoRequest request) {
        return switch (request.method()) {
            case "POST" -> request.path().endsWith("/complex") ? "createComplex" : "create";
            case "PATCH" -> "update";
            default -> request.path().matches(".*/\\d+") || request.path().equals("account") ? "get" : "list";
        };
    }
}
