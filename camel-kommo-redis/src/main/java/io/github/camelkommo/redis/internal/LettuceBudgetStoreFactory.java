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
package io.github.camelkommo.redis.internal;

import io.github.camelkommo.internal.budget.RedisBudgetStoreFactory;
import io.github.camelkommo.redis.RedisBudgetStore;
import io.lettuce.core.RedisURI;

/**
 * What this module gives the kommo component: the {@link RedisBudgetStore} its {@code budgetRedisUri} names. Camel's
 * {@code FactoryFinder} finds it at {@code META-INF/services/io/github/camelkommo/redis-budget-store}.
 * <p>
 * Internal: not part of the API.
 */
public final class LettuceBudgetStoreFactory implements RedisBudgetStoreFactory {

    @Override
    public OpenedStore open(String uri, String password) {
        RedisURI redis = RedisUris.parse(uri, password);
        RedisBudgetStore store = RedisBudgetStore.connect(redis);
        return new OpenedStore(store, RedisUris.location(redis), store);
    }
}
