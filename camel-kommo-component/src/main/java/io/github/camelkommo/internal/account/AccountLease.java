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

import java.util.function.Supplier;

import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.customfields.CustomFieldNames;
import io.github.camelkommo.internal.dispatch.SendQueue;
import io.github.camelkommo.internal.metrics.PollingStatus;

/**
 * One producer's or consumer's hold on its endpoint's account: from {@code acquire} to {@link #release()} the account
 * is in use, with its readiness check and meters (see {@link KommoAccounts}). The endpoint hands one to each producer
 * and consumer it creates; they take it when they start and let go when they stop. Taking it again while held
 * returns the same client.
 */
public final class AccountLease {

    private final Supplier<KommoAccounts> componentAccounts;
    private final KommoConfiguration config;
    private KommoAccounts accounts;
    private KommoClient client;
    private boolean consumer;
    private PollingStatus poller;

    /**
     * @param componentAccounts the component's accounts as they are when the lease is taken (they change when it restarts)
     * @param config    the endpoint's options, which name the account
     */
    public AccountLease(Supplier<KommoAccounts> componentAccounts, KommoConfiguration config) {
        this.componentAccounts = componentAccounts;
        this.config = config;
    }

    /**
     * Takes the account's client for a producer.
     *
     * @throws IllegalArgumentException naming what is missing or wrong in the endpoint's account options
     */
    public synchronized KommoClient acquireForProducer() {
        return acquire(false, null);
    }

    /**
     * Takes the account's client for a consumer: a polling consumer (its lag and watermark are published while it
     * holds the lease), or, with {@code null}, webhook mode's registration.
     *
     * @throws IllegalArgumentException naming what is missing or wrong in the endpoint's account options
     */
    public synchronized KommoClient acquireForConsumer(PollingStatus poller) {
        return acquire(true, poller);
    }

    private KommoClient acquire(boolean asConsumer, PollingStatus polling) {
        if (client == null) {
            KommoAccounts current = componentAccounts.get();
            client = current.acquire(config, asConsumer, polling);
            accounts = current;
            consumer = asConsumer;
            poller = polling;
        }
        return client;
    }

    /** Lets go of the account; the last holder's release takes the account's client, check and meters away. */
    public synchronized void release() {
        if (client != null) {
            accounts.release(client, consumer, poller);
            client = null;
            accounts = null;
            poller = null;
        }
    }

    /** Where the held account's producers queue their exchanges. */
    public synchronized SendQueue sendQueue() {
        if (client == null) {
            throw new IllegalStateException("No account is held: the kommo producer has not started, or has stopped");
        }
        return accounts.sendQueue(client);
    }

    /** How the held account's custom field values given by name are resolved (its schema, cached). */
    public synchronized CustomFieldNames customFieldNames() {
        if (client == null) {
            throw new IllegalStateException("No account is held: the kommo producer has not started, or has stopped");
        }
        return accounts.customFieldNames(client);
    }
}
