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

import java.util.Locale;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.budget.BudgetStore;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Where the component's budgets are shared with other JVMs: the {@code budgetStore} handed in (never closed here), or
 * the store {@code budgetRedisUri} names, which the module camel-kommo-redis opens once (at the component's start)
 * and which is closed when the component stops; or nowhere.
 */
public final class SharedBudgetStore {

    /**
     * The secret options whose names Camel does not know as sensitive: authorizationCode too, since the context hands
     * its list to {@code URISupport.addSanitizeKeywords}, which replaces the keywords given before (the component's
     * own, for URIs) rather than adding to them.
     */
    private static final String SENSITIVE_NAMES = "authorizationcode,budgetredisuri,budgetredispassword";

    private RedisBudgetStoreFactory.OpenedStore redis;

    /**
     * The component's options about sharing budgets, the Redis store opened when it is named and not yet open.
     *
     * @throws IllegalArgumentException when budgetRedisUri is set but camel-kommo-redis is missing, or it is no Redis
     *                                  URI, or budgetRedisPassword is set without it
     */
    public synchronized BudgetRegistry.Options options(
                                                       CamelContext context, Bucket rateLimiter,
                                                       BudgetStore budgetStore, String budgetRedisUri,
                                                       String budgetRedisPassword, int budgetReplicas,
                                                       String budgetKey) {
        boolean named = budgetRedisUri != null && !budgetRedisUri.isBlank();
        if (budgetRedisPassword != null && !named) {
            throw new IllegalArgumentException("The kommo component option budgetRedisPassword is set, but "
                                               + "budgetRedisUri is not: set it to redis://host:port[/database], the "
                                               + "Redis the password is for");
        }
        BudgetStore store = budgetStore;
        String location = store == null ? null : "the budgetStore " + store;
        if (store == null && named) {
            if (redis == null) {
                redis = RedisBudgetStores.open(context, budgetRedisUri, budgetRedisPassword);
            }
            store = redis.store();
            location = redis.location();
        }
        return new BudgetRegistry.Options(rateLimiter, store, location, budgetReplicas, budgetKey);
    }

    /** Closes the Redis store, if one was opened. */
    public synchronized void close() throws Exception {
        if (redis != null) {
            redis.connection().close();
            redis = null;
        }
    }

    /**
     * Camel masks an option in its summaries (camel-main's startup summary of application properties) by its name
     * alone, whatever its {@code secret} flag says: makes the names of the component's secret options that Camel does
     * not know known to the context as sensitive, which masks them in URIs too.
     */
    public static void maskInSummaries(CamelContext context) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        String known = extension.getAdditionalSensitiveKeywords();
        if (known == null || known.isBlank()) {
            extension.setAdditionalSensitiveKeywords(SENSITIVE_NAMES);
        } else if (!known.toLowerCase(Locale.ENGLISH).contains(SENSITIVE_NAMES)) {
            extension.setAdditionalSensitiveKeywords(known + "," + SENSITIVE_NAMES);
        }
    }
}
