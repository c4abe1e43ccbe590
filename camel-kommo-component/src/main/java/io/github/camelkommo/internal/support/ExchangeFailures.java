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
package io.github.camelkommo.internal.support;

import org.apache.camel.Exchange;

/** Whether a route processed an exchange, as the consumers that record deliveries must judge it. */
public final class ExchangeFailures {

    private ExchangeFailures() {
    }

    /**
     * Why the route did not process the exchange: its exception, or its mark for rollback (which carries none);
     * {@code null} when it did.
     */
    public static Exception of(Exchange exchange) {
        if (exchange.getException() != null) {
            return exchange.getException();
        }
        if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return new IllegalStateException("the route marked the exchange for rollback");
        }
        return null;
    }
}
