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
package io.github.camelkommo.sandbox;

/**
 * One attempt to deliver a webhook, as the sandbox's inspection API shows it.
 *
 * @param hookId      the webhook's id
 * @param destination where it was posted
 * @param event       the event ({@code add_lead}, ...)
 * @param attempt     1 for the first attempt, 2..5 for the retries
 * @param status      the answer's status; 0 for no answer within 2 seconds or no connection; -1 when not sent (not a
 *                    loopback destination)
 * @param body        the form posted
 * @param at          unix second of the attempt, by the sandbox's clock
 * @param disabled    whether this attempt's failure disabled the hook
 */
public record WebhookDelivery(long hookId, String destination, String event, int attempt, int status, String body,
                              long at, boolean disabled) {

    /** Whether Kommo counts the answer as accepted: a status from 100 to 299 (amocrm.ru webhooks-format). */
    public boolean accepted() {
        return status >= 100 && status <= 299;
    }
}
