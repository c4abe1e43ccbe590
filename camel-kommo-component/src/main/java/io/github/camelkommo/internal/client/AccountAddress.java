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
package io.github.camelkommo.internal.client;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where an account is reached now: the configured base URL until Kommo says the account was renamed (a new subdomain),
 * then the new one. API requests and token requests follow it; the account keeps its identity (and its key in the
 * token store) under the configured name.
 */
final class AccountAddress {

    private final AtomicReference<URI> baseUrl;

    AccountAddress(URI configured) {
        this.baseUrl = new AtomicReference<>(configured);
    }

    /** The base URL to send to now, without {@code /api/v4}. */
    URI baseUrl() {
        return baseUrl.get();
    }

    /** The account answers at {@code renamed} from now on. */
    void moveTo(URI renamed) {
        baseUrl.set(renamed);
    }
}
