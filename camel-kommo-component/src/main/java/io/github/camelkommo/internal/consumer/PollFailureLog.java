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
package io.github.camelkommo.internal.consumer;

import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.error.KommoAuthenticationException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoPaymentRequiredException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer's exception handler: a streak of failed polls is logged once, with its cause and what to do, then at
 * DEBUG until a poll succeeds again. Failures of exchanges go to the handler it wraps.
 */
final class PollFailureLog implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KommoConsumer.class);

    private final ExceptionHandler exchanges;
    private final String consumer;
    private int streak;

    PollFailureLog(ExceptionHandler exchanges, String consumer) {
        this.exchanges = exchanges;
        this.consumer = consumer;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public synchronized void handleException(String message, Exchange exchange, Throwable exception) {
        if (exchange != null) {
            exchanges.handleException(message, exchange, exception);
            return;
        }
        if (streak++ == 0) {
            LOG.warn("{} failed to poll: {}{}. The watermark is kept; the next polls retry (set backoffErrorThreshold "
                     + "and backoffMultiplier to poll less often meanwhile). Further failures are logged at DEBUG "
                     + "until a poll succeeds.",
                    consumer, exception.getMessage(), advice(exception));
        } else {
            LOG.debug("{} failed to poll ({} in a row): {}", consumer, streak, exception.getMessage());
        }
    }

    /** A poll succeeded: the streak ends. */
    synchronized void pollSucceeded() {
        if (streak > 0) {
            LOG.info("{} polls again after {} failed poll(s)", consumer, streak);
            streak = 0;
        }
    }

    private static String advice(Throwable e) {
        if (e instanceof KommoAuthenticationException) {
            return " (Kommo refuses the token: it is wrong, expired or revoked; give a new accessToken)";
        }
        if (e instanceof KommoPaymentRequiredException) {
            return " (the account's paid period has ended)";
        }
        if (e instanceof KommoForbiddenException) {
            return " (Kommo blocks this client; nothing is sent to the account until the forbiddenCooldown ends)";
        }
        return e instanceof KommoApiException ? "" : " (" + e.getClass().getSimpleName() + ")";
    }
}
