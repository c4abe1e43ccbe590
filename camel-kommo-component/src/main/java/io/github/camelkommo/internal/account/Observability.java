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
package io.github.camelkommo.internal.account;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.health.KommoHealthCheck;
import io.github.camelkommo.internal.health.KommoHealthCheckRepository;
import io.github.camelkommo.internal.metrics.KommoMeters;
import io.github.camelkommo.internal.metrics.PollingStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator sees of the accounts in use: each account's readiness check, and, when the context has a
 * Micrometer registry, the accounts' and consumers' meters. An account's check is shown by Camel's health-check
 * repository {@code kommo} while consumers want it, and by Camel's {@code producers} repository while producers want
 * it (Camel shows that one only with {@code camel.health.producersEnabled=true}). It is told when an account opens,
 * who wants its check, when it closes, and when a consumer starts or stops; it decides nothing itself.
 */
final class Observability {

    private static final Logger LOG = LoggerFactory.getLogger(Observability.class);
    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    /** The id of Camel's repository of producer checks (camel-health's ProducersHealthCheckRepository). */
    private static final String PRODUCERS = "producers";

    /** An account's check, and which repositories show it. */
    private static final class Placement {
        final KommoHealthCheck check;
        boolean producers;
        boolean consumers;

        Placement(KommoHealthCheck check) {
            this.check = check;
        }
    }

    private final CamelContext context;
    private final Map<KommoClient, Placement> checks = new IdentityHashMap<>();
    private KommoHealthCheckRepository repository;
    private WritableHealthCheckRepository producerChecks;
    private Object meters; // a KommoMeters once the context has one Micrometer registry

    Observability(CamelContext context) {
        this.context = context;
    }

    /** A new account: its meters, and a warning when its token expires soon. */
    synchronized void opened(KommoClient client) {
        if (meters() != null) {
            ((KommoMeters) meters).bind(client);
        }
        client.account().tokenExpiry()
                .filter(at -> at.isBefore(Instant.now().plus(KommoHealthCheck.EXPIRY_WARNING)))
                .ifPresent(at -> LOG.warn("The Kommo token of {} expires at {}: create a new one",
                        client.account().name(), at));
    }

    /** Shows the account's readiness check for its producers, its consumers, both or neither. */
    synchronized void checked(KommoClient client, boolean forProducers, boolean forConsumers) {
        Placement placement = checks.get(client);
        if (placement == null) {
            if (!(forProducers || forConsumers) || repository() == null) {
                return;
            }
            placement = new Placement(repository.newCheck(client));
            checks.put(client, placement);
        }
        WritableHealthCheckRepository producers = producerChecks();
        if (producers != null && forProducers != placement.producers) {
            if (forProducers) {
                producers.addHealthCheck(placement.check);
            } else {
                producers.removeHealthCheck(placement.check);
            }
        }
        placement.producers = forProducers && producers != null;
        if (forConsumers != placement.consumers) {
            if (forConsumers) {
                repository.addHealthCheck(placement.check);
            } else {
                repository.removeHealthCheck(placement.check);
            }
            placement.consumers = forConsumers;
        }
        if (!forProducers && !forConsumers) {
            checks.remove(client);
            repository.discard(placement.check);
        }
    }

    /** An account no longer used: its check and meters go. */
    synchronized void closed(KommoClient client) {
        checked(client, false, false);
        if (meters != null) {
            ((KommoMeters) meters).unbind(client);
        }
    }

    /** A consumer started polling: with Micrometer, its lag is published. */
    synchronized void consumerStarted(PollingStatus consumer, KommoClient client) {
        if (meters() != null) {
            ((KommoMeters) meters).bind(consumer, client.account().name());
        }
    }

    synchronized void consumerStopped(PollingStatus consumer) {
        if (meters != null) {
            ((KommoMeters) meters).unbind(consumer);
        }
    }

    /** Takes every check and meter away, when the component stops. */
    synchronized void close() {
        Set.copyOf(checks.keySet()).forEach(client -> checked(client, false, false));
        if (meters != null) {
            ((KommoMeters) meters).close();
            meters = null;
        }
    }

    /** Camel's repository {@code kommo}, or null when the context has no (enabled) health-check registry. */
    private KommoHealthCheckRepository repository() {
        if (repository == null) {
            repository = HealthCheckHelper.getHealthCheckRepository(context, KommoHealthCheckRepository.ID,
                    KommoHealthCheckRepository.class);
        }
        return repository;
    }

    /** Camel's repository of producer checks, or null without an (enabled) health-check registry. */
    private WritableHealthCheckRepository producerChecks() {
        if (producerChecks == null) {
            producerChecks = HealthCheckHelper.getHealthCheckRepository(context, PRODUCERS,
                    WritableHealthCheckRepository.class);
        }
        return producerChecks;
    }

    /** The context's Micrometer registries as {@link KommoMeters}, or null when it has none or Micrometer is absent. */
    private Object meters() {
        if (meters == null) {
            Class<?> type = context.getClassResolver().resolveClass(METER_REGISTRY);
            if (type != null) {
                meters = KommoMeters.of(context.getRegistry().findByType(type));
            }
        }
        return meters;
    }
}
