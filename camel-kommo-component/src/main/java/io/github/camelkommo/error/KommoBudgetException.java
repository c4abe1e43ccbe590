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
package io.github.camelkommo.error;

/**
 * The request was not sent because the account's request budget refused it: no permit came within the permit
 * timeout, or a pause after a 429 lasts longer than that. (While the circuit is open after a 403, requests fail with
 * {@link KommoForbiddenException} instead.)
 */
public class KommoBudgetException extends KommoException {

    public KommoBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
