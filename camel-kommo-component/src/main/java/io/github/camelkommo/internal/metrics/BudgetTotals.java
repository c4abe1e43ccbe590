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

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.github.camelkommo.internal.budget.AccountBudget;
import io.github.camelkommo.internal.budget.BudgetStats;
import io.github.camelkommo.internal.client.KommoClient;

/**
 * The budget counters of a changing set of clients, summed over their budgets (a budget several clients share, under
 * a {@code budgetKey}, counts once). What a budget counted stays in the totals after its last client is removed, so
 * totals never go back when an account goes out of use, e.g. after its token was replaced. Not tied to Micrometer:
 * the component's JMX attributes read it too.
 */
public final class BudgetTotals {

    /** The counters totals are kept of. */
    public enum Counter {
        REQUESTS(BudgetStats::getRequests), PERMITS_WAITED(BudgetStats::getPermitsWaited), RATE_LIMITED(
                BudgetStats::getRateLimited), RETRIES(BudgetStats::getRetries), FORBIDDEN_TRIPS(
                        BudgetStats::getForbiddenTrips), REJECTED(BudgetStats::getRejected);

        private final ToLongFunction<BudgetStats> read;

        Counter(ToLongFunction<BudgetStats> read) {
            this.read = read;
        }
    }

    /** Each budget in use, with how many of the clients use it. */
    private final Map<AccountBudget, Integer> budgets = new IdentityHashMap<>();
    private final Map<Counter, Long> carried = new EnumMap<>(Counter.class);

    /** Counts a client's budget from now on (once, however many clients share it). */
    public synchronized void add(KommoClient client) {
        budgets.merge(client.budget(), 1, Integer::sum);
    }

    /** Stops counting a client; its budget's counts stay in the totals once no client of the set uses it. */
    public synchronized void remove(KommoClient client) {
        AccountBudget budget = client.budget();
        Integer users = budgets.get(budget);
        if (users == null) {
            return;
        }
        if (users > 1) {
            budgets.put(budget, users - 1);
            return;
        }
        budgets.remove(budget);
        for (Counter counter : Counter.values()) {
            carried.merge(counter, counter.read.applyAsLong(budget.stats()), Long::sum);
        }
    }

    /** A counter's total: the budgets in use now and those used before. */
    public synchronized long total(Counter counter) {
        long total = carried.getOrDefault(counter, 0L);
        for (AccountBudget budget : budgets.keySet()) {
            total += counter.read.applyAsLong(budget.stats());
        }
        return total;
    }

    /** Whether Kommo's block holds one of the budgets in use. */
    public synchronized boolean anyBlocked() {
        return budgets.keySet().stream().anyMatch(AccountBudget::isBlocked);
    }

    /** Whether no client is counted now. */
    public synchronized boolean isEmpty() {
        return budgets.isEmpty();
    }
}
