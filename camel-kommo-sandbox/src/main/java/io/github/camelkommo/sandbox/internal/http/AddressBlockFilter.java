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

import io.github.camelkommo.sandbox.internal.rules.BlockPolicy;

/**
 * Answers 403 (the bare HTML page) to token requests while any block is in force. Kommo's block is of the client's
 * address and covers {@code /oauth2/access_token} too (amocrm-api-php issues #434 and #563); a token request carries
 * no bearer token to key it by, and the sandbox's clients share one address (loopback).
 */
public final class AddressBlockFilter implements ApiFilter {

    private final BlockPolicy policy;

    public AddressBlockFilter(BlockPolicy policy) {
        this.policy = policy;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        if (policy.blockedUntil().isPresent()) {
            return Problems.html(403);
        }
        return next.handle(request);
    }
}
