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
 * Opens the {@link BudgetStore} that the component's {@code budgetRedisUri} names. The module
 * {@value #MODULE} implements it; the component finds it through Camel's {@code FactoryFinder} at
 * {@value #FACTORY_PATH}{@value #FACTORY_NAME} ({@link RedisBudgetStores}) and does not depend on it, so an
 * application whose budgets stay in one JVM has no Redis client on its class path.
 * <p>
 * Internal: public for {@value #MODULE}, not part of the API.
 */
public interface RedisBudgetStoreFactory {

    /** Where Camel's {@code FactoryFinder} looks for the factory. */
    String FACTORY_PATH = "META-INF/services/io/github/camelkommo/";
    /** The factory's name under {@link #FACTORY_PATH}. */
    String FACTORY_NAME = "redis-budget-store";
    /** The module that provides the factory, as a Maven coordinate without its version. */
    String MODULE = "io.github.camelkommo:camel-kommo-redis";

    /**
     * A store on the Redis that {@code uri} names, connected on first use.
     *
     * @param  uri                      the value of {@code budgetRedisUri}
     * @param  password                 the value of {@code budgetRedisPassword}, or {@code null}: used when the URI
     *                                  carries none
     * @throws IllegalArgumentException when {@code uri} is not a Redis URI, naming the option, the value (its
     *                                  password masked) and the expected form
     */
    OpenedStore open(String uri, String password);

    /**
     * A store the component opened from its options, and closes when it stops.
     *
     * @param store      the store
     * @param location   where it is, for messages, e.g. {@code Redis at 127.0.0.1:6379 (budgetRedisUri)}: never a
     *                   password
     * @param connection closes what the store holds open
     */
    record OpenedStore(BudgetStore store, String location, AutoCloseable connection) {
    }
}
