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
package io.github.camelkommo.internal.budget;

import java.io.Closeable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.budget.BudgetStore;

/**
 * The budgets of one component: one per account, or one for every account under the component's {@code budgetKey}
 * (Kommo counts 7 requests per second per IP address too), each kept in this JVM or, with a {@link BudgetStore},
 * shared with every replica that uses the same key. The store is the component's: the registry never closes it.
 */
public final class BudgetRegistry implements Closeable {

    /**
     * What the component's options say about sharing budgets.
     *
     * @param store         the shared store ({@code budgetStore}, or the one {@code budgetRedisUri} names), or
     *                      {@code null} to keep every budget in this JVM
     * @param storeLocation where the store is, for messages (see {@link BudgetSharing#location()})
     */
    public record Options(Bucket rateLimiter, BudgetStore store, String storeLocation, int replicas,
                          String budgetKey) {
    }

    private final Options options;
    private final Map<String, AccountBudget> byKey = new ConcurrentHashMap<>();

    public BudgetRegistry(Options options) {
        this.options = options;
    }

    /**
     * The budget of an account, named by its base URL (never its token).
     *
     * @param settings the component's budget settings now (a budget under the budgetKey keeps those of its first use)
     * @param probe    sends {@code GET /api/v4/account} for that account, to tell Kommo's block from missing rights
     */
    public AccountBudget budget(String account, BudgetSettings settings, AccountBudget.Call<?> probe) {
        String key = options.budgetKey();
        if (key == null || key.isBlank()) {
            return create(account, account, settings, probe);
        }
        return byKey.computeIfAbsent(key, k -> create("budget " + k, k, settings, probe));
    }

    private AccountBudget create(String name, String key, BudgetSettings settings, AccountBudget.Call<?> probe) {
        BudgetSharing sharing = options.store() == null ? null
                                                        : new BudgetSharing(options.store(), options.storeLocation(),
                                                                key, options.replicas());
        return new AccountBudget(name, settings, options.rateLimiter(), sharing, probe);
    }

    @Override
    public void close() {
        byKey.clear();
    }
}
