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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.auth.FileTokenStore;
import io.github.camelkommo.auth.KommoTokenStore;
import io.github.camelkommo.internal.budget.BudgetRegistry;
import io.github.camelkommo.internal.budget.BudgetSettings;
import io.github.camelkommo.internal.client.KommoAccount;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoHttp;
import io.github.camelkommo.internal.customfields.AccountSchema;
import io.github.camelkommo.internal.customfields.CustomFieldNames;
import io.github.camelkommo.internal.dispatch.SendQueue;
import io.github.camelkommo.internal.metrics.BudgetTotals;
import io.github.camelkommo.internal.metrics.PollingStatus;
import io.github.camelkommo.model.KommoJson;
import org.apache.camel.CamelContext;
import org.apache.camel.util.IOHelper;

/**
 * The accounts one kommo component talks to: per account (base URL and credentials) one shared {@link KommoClient}
 * with its request budget, on one HTTP stack, made on first use once every option is set.
 * <p>
 * An account is <em>in use</em> while a producer or consumer holds it through an {@link AccountLease}. While in use
 * it has a readiness check, shown for its consumers unless {@code healthCheckConsumerEnabled=false} and for its
 * producers unless {@code healthCheckProducerEnabled=false}; when its last holder lets go,
 * its client, budget, check and meters go away. So an account whose token was replaced, its routes re-created with the new one,
 * leaves nothing behind that would keep reporting the old token. A client taken without a lease ({@link #client}, for
 * tools and the consent step) lives until the component stops.
 */
public final class KommoAccounts {

    /** One account's client and who holds it. */
    private static final class Account {
        final KommoClient client;
        int producers;
        int consumers;
        final Set<PollingStatus> pollers = new LinkedHashSet<>();
        CustomFieldNames customFieldNames;
        SendQueue sends;

        Account(KommoClient client) {
            this.client = client;
        }

        boolean inUse() {
            return producers + consumers > 0;
        }
    }

    private final Supplier<AccountOptions> options;
    private final Observability observability;
    private final ObjectMapper mapper = KommoJson.newMapper();
    private final Map<KommoAccount, Account> accounts = new LinkedHashMap<>();
    private final BudgetTotals totals = new BudgetTotals();
    private KommoHttp http;
    private BudgetRegistry budgets;
    private KommoTokenStore defaultTokenStore;

    /**
     * @param context the component's context, whose health-check repositories and meter registries show the accounts
     * @param options the component's options, read when they are needed (an account opens, a holder comes or goes)
     */
    public KommoAccounts(CamelContext context, Supplier<AccountOptions> options) {
        this.options = options;
        this.observability = new Observability(context);
    }

    /**
     * The shared client of the account a configuration names, checked before any request. Taken this way it is not
     * in use: use it for tools (a schema read, the consent step), not for routes.
     *
     * @throws IllegalArgumentException naming what is missing or wrong in the configuration
     */
    public synchronized KommoClient client(KommoConfiguration config) {
        return account(config).client;
    }

    /** The clients of the accounts the component talks to now. */
    public synchronized List<KommoClient> clients() {
        return accounts.values().stream().map(a -> a.client).toList();
    }

    /** The consumers polling now, oldest first. */
    public synchronized List<PollingStatus> consumers() {
        List<PollingStatus> all = new ArrayList<>();
        accounts.values().forEach(a -> all.addAll(a.pollers));
        return all;
    }

    synchronized KommoClient acquire(KommoConfiguration config, boolean consumer, PollingStatus poller) {
        Account account = account(config);
        if (consumer) {
            account.consumers++;
        } else {
            account.producers++;
        }
        if (poller != null && account.pollers.add(poller)) {
            observability.consumerStarted(poller, account.client);
        }
        check(account);
        return account.client;
    }

    synchronized void release(KommoClient client, boolean consumer, PollingStatus poller) {
        Account account = accounts.get(client.account());
        if (account == null || account.client != client) {
            return; // the component stopped meanwhile
        }
        if (consumer) {
            account.consumers--;
        } else {
            account.producers--;
        }
        if (poller != null && account.pollers.remove(poller)) {
            observability.consumerStopped(poller);
        }
        if (account.inUse()) {
            check(account);
        } else {
            accounts.remove(client.account());
            close(account);
        }
    }

    /** How an account's custom field values given by name are resolved: its schema, read once per TTL. */
    synchronized CustomFieldNames customFieldNames(KommoClient client) {
        Account account = accounts.get(client.account());
        if (account == null || account.client != client) {
            return newCustomFieldNames(client); // a client the component no longer holds: no cache to share
        }
        if (account.customFieldNames == null) {
            account.customFieldNames = newCustomFieldNames(client);
        }
        return account.customFieldNames;
    }

    /**
     * Where the producers of an account queue their exchanges: one queue per account, with requestsPerSecond + 1
     * sender threads, each exchange waiting at most permitTimeout there.
     */
    synchronized SendQueue sendQueue(KommoClient client) {
        Account account = accounts.get(client.account());
        if (account == null || account.client != client) {
            throw new IllegalStateException("The kommo account " + client.account().name() + " is no longer in use "
                                            + "(the component stopped)");
        }
        if (account.sends == null) {
            BudgetSettings budget = options.get().budget();
            account.sends = new SendQueue(client.account().name(), budget.requestsPerSecond() + 1,
                    budget.permitTimeout());
        }
        return account.sends;
    }

    private CustomFieldNames newCustomFieldNames(KommoClient client) {
        return new CustomFieldNames(new AccountSchema(client, options.get().customFieldsCacheTtl()));
    }

    /** A budget counter summed over every account, those no longer used included. */
    public long total(BudgetTotals.Counter counter) {
        return totals.total(counter);
    }

    public synchronized int count() {
        return accounts.size();
    }

    /** Closes every account and the HTTP stack, when the component stops. */
    public synchronized void close() {
        accounts.values().forEach(this::close);
        accounts.clear();
        observability.close();
        IOHelper.close(budgets);
        budgets = null;
        IOHelper.close(http);
        http = null;
    }

    private void close(Account account) {
        if (account.sends != null) {
            account.sends.close();
        }
        observability.closed(account.client);
        account.pollers.forEach(observability::consumerStopped);
        totals.remove(account.client);
    }

    /** Shows the account's check for its producers and consumers, as the component's health options allow. */
    private void check(Account account) {
        AccountOptions current = options.get();
        observability.checked(account.client, account.producers > 0 && current.producerChecks(),
                account.consumers > 0 && current.consumerChecks());
    }

    private Account account(KommoConfiguration config) {
        if (config.getClientId() != null && !config.getClientId().isBlank() && config.getTokenStore() == null) {
            config = config.copy();
            config.setTokenStore(defaultTokenStore());
        }
        AccountOptions current = options.get();
        KommoAccount key = KommoAccount.of(config, current.useEnvironmentVariables() ? System::getenv : name -> null);
        Account account = accounts.get(key);
        if (account == null) {
            KommoClient client = new KommoClient(key, http(), mapper,
                    probe -> budgets().budget(key.name(), current.budget(), probe));
            account = new Account(client);
            accounts.put(key, account);
            totals.add(client);
            observability.opened(client);
        }
        return account;
    }

    /** The OAuth token store of configurations that name none: a FileTokenStore in ~/.camel-kommo/tokens. */
    private KommoTokenStore defaultTokenStore() {
        if (defaultTokenStore == null) {
            defaultTokenStore = new FileTokenStore(FileTokenStore.defaultDirectory());
        }
        return defaultTokenStore;
    }

    private KommoHttp http() {
        if (http == null) {
            AccountOptions current = options.get();
            http = new KommoHttp(current.connectTimeout(), current.responseTimeout(), current.maxConnections());
        }
        return http;
    }

    /** The budgets of the accounts, made when the first account is used, after every option is set. */
    private BudgetRegistry budgets() {
        if (budgets == null) {
            budgets = new BudgetRegistry(options.get().budgetStores());
        }
        return budgets;
    }
}
