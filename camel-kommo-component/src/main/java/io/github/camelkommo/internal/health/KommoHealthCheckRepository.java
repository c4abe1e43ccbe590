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
package io.github.camelkommo.internal.health;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.github.camelkommo.internal.client.KommoClient;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.DeferredContextBinding;
import org.apache.camel.NonManagedService;
import org.apache.camel.StaticService;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The health-check repository {@value #ID} of a Camel context, home of the readiness checks of the Kommo accounts in
 * use ({@link KommoHealthCheck}). Camel finds it by its id ({@code HealthCheckHelper.getHealthCheckRepository}).
 * It names every account check, whichever repository shows it: {@code kommo-<host>}, or {@code kommo-<host>-2},
 * {@code -3} for further accounts on the same host in use at the same time. It shows those of accounts a consumer
 * uses; the checks of accounts that producers use are in Camel's {@code producers} repository too, where Camel shows
 * them only with {@code camel.health.producersEnabled=true}, as it does for every component's producer checks.
 */
@org.apache.camel.spi.annotations.HealthCheck(KommoHealthCheckRepository.ID + "-repository")
@DeferredContextBinding
public final class KommoHealthCheckRepository extends ServiceSupport
        implements CamelContextAware, WritableHealthCheckRepository, StaticService, NonManagedService {

    /** The repository's id in Camel's health-check registry. */
    public static final String ID = "kommo";

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    /** Every account check made and not yet discarded, shown here or not: their ids are taken. */
    private final List<KommoHealthCheck> named = new CopyOnWriteArrayList<>();
    private volatile CamelContext camelContext;
    private volatile boolean enabled = true;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? checks.stream() : Stream.empty();
    }

    @Override
    public void addHealthCheck(HealthCheck check) {
        CamelContextAware.trySetCamelContext(check, camelContext);
        checks.add(check);
    }

    @Override
    public void removeHealthCheck(HealthCheck check) {
        checks.removeIf(c -> c == check);
    }

    /**
     * A new check of an account, under the first id no check of its host holds now; {@link #addHealthCheck} shows
     * it here.
     */
    public synchronized KommoHealthCheck newCheck(KommoClient client) {
        String host = "kommo-" + client.account().baseUrl().getHost();
        String id = host;
        for (int n = 2; taken(id); n++) {
            id = host + "-" + n;
        }
        KommoHealthCheck check = new KommoHealthCheck(client, id);
        CamelContextAware.trySetCamelContext(check, camelContext);
        named.add(check);
        return check;
    }

    /** Removes a check for good, freeing its id. */
    public synchronized void discard(KommoHealthCheck check) {
        removeHealthCheck(check);
        named.removeIf(c -> c == check);
    }

    private boolean taken(String id) {
        return named.stream().anyMatch(c -> c.getId().equals(id));
    }
}
