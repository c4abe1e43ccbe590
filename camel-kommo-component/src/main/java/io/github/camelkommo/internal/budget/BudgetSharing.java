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

import io.github.camelkommo.budget.BudgetStore;

/**
 * How a budget is shared with other JVMs.
 *
 * @param store            where the shared budget lives
 * @param location         where that is, for messages: e.g. {@code Redis at 127.0.0.1:6379 (budgetRedisUri)}, never
 *                         a password
 * @param key              the budget's key in the store (no secret: an account's base URL or the user's budgetKey)
 * @param fallbackReplicas while the store cannot be reached, each replica sends at most
 *                         {@code requestsPerSecond / fallbackReplicas} on its own; 0 sends nothing until it returns
 */
public record BudgetSharing(BudgetStore store, String location, String key, int fallbackReplicas) {

    public BudgetSharing {
        if (fallbackReplicas < 0) {
            throw new IllegalArgumentException("budgetReplicas must be 0 or more, was " + fallbackReplicas);
        }
    }
}
