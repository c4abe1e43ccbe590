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

import io.github.camelkommo.error.KommoForbiddenException;

/**
 * Kommo's block of an account (403 to everything, also to token requests) as the requests sent outside the account's
 * budget see it: the token requests check it before they are sent and report a block they meet, so that the
 * account's one 403 circuit opens, whichever request met the block first.
 */
interface AccountBlock {

    /** Whether the account's circuit is open: nothing is sent to Kommo until its cool-down ends. */
    boolean isBlocked();

    /** A token request met Kommo's block: the circuit opens as for an API request's. */
    void blocked(KommoForbiddenException block);
}
