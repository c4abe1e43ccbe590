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

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.FactoryFinder;

/**
 * Finds the {@link RedisBudgetStoreFactory} of the module {@value RedisBudgetStoreFactory#MODULE} through Camel's
 * {@link FactoryFinder} (the context's class resolver, so Camel JBang's {@code --dep} and Spring Boot's class loaders
 * are honoured), and opens the store {@code budgetRedisUri} names with it.
 */
public final class RedisBudgetStores {

    private RedisBudgetStores() {
    }

    /**
     * Opens the store of {@code budgetRedisUri}.
     *
     * @param  password                 {@code budgetRedisPassword}, or {@code null}
     * @throws IllegalArgumentException when the module is not on the class path (naming the option and the module to
     *                                  add), or the URI is not a Redis URI
     */
    public static RedisBudgetStoreFactory.OpenedStore open(CamelContext context, String uri, String password) {
        FactoryFinder finder = context.getCamelContextExtension()
                .getBootstrapFactoryFinder(RedisBudgetStoreFactory.FACTORY_PATH);
        Optional<RedisBudgetStoreFactory> factory = finder.newInstance(RedisBudgetStoreFactory.FACTORY_NAME,
                RedisBudgetStoreFactory.class);
        return factory.orElseThrow(() -> new IllegalArgumentException(
                "The kommo component option budgetRedisUri keeps the request budgets in Redis, which needs the module "
                                                                      + RedisBudgetStoreFactory.MODULE
                                                                      + " on the class path: add that dependency (with Camel JBang: --dep="
                                                                      + RedisBudgetStoreFactory.MODULE + ":<version>)"))
                .open(uri, password);
    }
}
