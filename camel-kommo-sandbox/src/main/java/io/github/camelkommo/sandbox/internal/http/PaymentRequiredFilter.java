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

/**
 * While {@link ApiSwitches#paymentRequired()} is on, answers every authenticated API request with Kommo's documented
 * 402 ({@code {"title":"Payment Required","type":"https://httpstatus.es/402","status":402,
 * "detail":"Payment required"}}, developers.kommo.com/docs/http-codes): the account's paid or trial period ended.
 */
public final class PaymentRequiredFilter implements ApiFilter {

    private final ApiSwitches switches;

    public PaymentRequiredFilter(ApiSwitches switches) {
        this.switches = switches;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        return switches.paymentRequired() ? Problems.paymentRequired() : next.handle(request);
    }
}
