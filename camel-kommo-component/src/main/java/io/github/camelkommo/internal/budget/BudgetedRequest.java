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

/**
 * What a budget needs to know of a request it lets through: whether a retry may repeat it, and where it goes (a 403
 * for {@code GET account} itself is Kommo's block). The client's requests are these; the budget knows nothing else
 * of the client.
 */
public interface BudgetedRequest {

    /** Whether sending the request twice does what sending it once does (a retry after a 5xx may repeat it). */
    boolean isIdempotent();

    /** The path below {@code /api/v4/}. */
    String path();

    /** The request as errors name it: method, path and query. */
    @Override
    String toString();
}
