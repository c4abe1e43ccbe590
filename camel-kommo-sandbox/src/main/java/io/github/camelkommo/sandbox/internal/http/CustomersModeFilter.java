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
package io.github.camelkommo.sandbox.internal.http;

import io.github.camelkommo.sandbox.internal.store.EntityStore;

/**
 * While the account's customers are off ({@code customers_mode: disabled}), every customers endpoint but the mode
 * switch answers 403 with a problem naming the setting. The amoCRM and Kommo pages do not say what Kommo answers
 * then; the sandbox refuses plainly, so that a client cannot mistake it for an empty account. Customer statuses
 * exist in the periodicity mode only: in another mode they answer 422, as the statuses page lists ("Не включен
 * функционал периодических покупок для покупателей").
 */
public final class CustomersModeFilter implements ApiFilter {

    private static final String CUSTOMERS = "/api/v4/customers";

    private final EntityStore store;

    public CustomersModeFilter(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        String path = request.path();
        boolean customers = path.equals(CUSTOMERS) || path.startsWith(CUSTOMERS + "/");
        if (customers && !path.equals(CUSTOMERS + "/mode") && !store.customersEnabled()) {
            return Problems.of(403, "Customers are turned off in this account (customers_mode: disabled); turn "
                                    + "them on with PATCH /api/v4/customers/mode");
        }
        if (path.startsWith(CUSTOMERS + "/statuses") && !"periodicity".equals(store.account()
                .path("customers_mode").asText())) {
            return Problems.of(422, "Customer statuses need periodic purchases (customers_mode: periodicity); the "
                                    + "account's customers_mode is " + store.account().path("customers_mode").asText());
        }
        return next.handle(request);
    }
}
