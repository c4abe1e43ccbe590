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

import java.time.Duration;

import io.github.camelkommo.internal.budget.BudgetRegistry;
import io.github.camelkommo.internal.budget.BudgetSettings;

/**
 * The component's options that shape its accounts, as they are when an account is opened.
 *
 * @param budget                  each account's request budget
 * @param budgetStores            where budgets are kept (an external bucket, a shared store, a budget key)
 * @param connectTimeout          the HTTP connect timeout
 * @param responseTimeout         how long to wait for Kommo's answer
 * @param maxConnections          the most HTTP connections kept open
 * @param customFieldsCacheTtl    how long an account's custom field definitions are used before they are read again
 * @param useEnvironmentVariables whether KOMMO_SUBDOMAIN and KOMMO_API_KEY fill in a missing subdomain and token
 * @param producerChecks          whether an account's check is shown for its producers
 * @param consumerChecks          whether an account's check is shown for its consumers
 */
public record AccountOptions(BudgetSettings budget, BudgetRegistry.Options budgetStores, Duration connectTimeout,
                             Duration responseTimeout, int maxConnections, Duration customFieldsCacheTtl,
                             boolean useEnvironmentVariables,
                             boolean producerChecks, boolean consumerChecks) {
}
