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
package io.github.camelkommo.internal.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoRequest;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of one Kommo account: reachable and authorized. It judges by the latest answer of any request to the
 * account, and sends a probe ({@code GET /api/v4/account}) only when nothing was sent for a minute and a permit of
 * the account's budget is free at once, so probes cost next to nothing and never wait. An account blocked with 403 is
 * down, and so is one whose budget is shared but whose store (Redis) cannot be reached. A token (a JWT) that expires
 * within seven days adds a warning; an expired one is down. With OAuth 2.0, an account whose refresh token Kommo
 * refused (or that has no tokens) is down and says how to authorise again.
 * <p>
 * The component shows it while a producer or consumer of the account runs: for consumers in the
 * {@link KommoHealthCheckRepository} (unless {@code healthCheckConsumerEnabled=false}), for producers in Camel's
 * {@code producers} repository (unless {@code healthCheckProducerEnabled=false}; Camel shows that repository only with
 * {@code camel.health.producersEnabled=true}). It goes when the last of them stops.
 */
public final class KommoHealthCheck extends AbstractHealthCheck {

    /** An answer younger than this speaks for the account without a probe. */
    public static final Duration FRESH = Duration.ofMinutes(1);
    /** A token expiring sooner than this is warned about. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(7);

    private final KommoClient client;

    /** @param id the check's id, unique among the accounts in use */
    public KommoHealthCheck(KommoClient client, String id) {
        super("camel", id);
        this.client = client;
    }

    /** The client of the account this check judges. */
    public KommoClient client() {
        return client;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder result, Map<String, Object> options) {
        result.detail("account", client.account().name());
        Instant now = Instant.now();
        if (client.tokens().failure().isPresent()) {
            refused(result);
            return;
        }
        // OAuth access tokens refresh themselves: only a long-lived token's expiry is judged
        Optional<Instant> expiry = client.tokens().refreshable() ? Optional.empty() : client.tokens().expiry();
        expiry.ifPresent(at -> result.detail("token.expires", at.toString()));
        if (expiry.isPresent() && expiry.get().isBefore(now)) {
            result.down().message("The Kommo token expired at " + expiry.get() + "; create a new one");
            return;
        }
        if (client.budget().isBlocked()) {
            result.down().message("Kommo answered 403 (blocked): nothing is sent to the account until the "
                                  + "forbiddenCooldown ends");
            return;
        }
        if (client.budget().isSharedStoreDown()) {
            int replicas = client.budget().fallbackReplicas();
            result.down().detail("budget.shared", "unreachable")
                    .message("The shared request budget, " + client.budget().sharedStoreLocation()
                             + ", cannot be reached: "
                             + (replicas > 0 ? "this replica sends at most 1/" + replicas + " of the budget"
                                             : "nothing is sent")
                             + " until it returns");
            return;
        }
        KommoClient.Outcome outcome = client.lastOutcome();
        if (outcome == null || outcome.at().isBefore(now.minus(FRESH))) {
            if (!probe() && outcome == null) {
                result.unknown().message("No answer from Kommo yet, and the account's budget has no permit free for a "
                                         + "probe now");
                return;
            }
            outcome = client.lastOutcome();
            if (outcome == null) { // the probe was not sent: no token could be had
                if (client.tokens().failure().isPresent()) {
                    refused(result);
                } else {
                    result.down().message("No token to probe Kommo with: the OAuth token refresh failed");
                }
                return;
            }
        }
        result.detail("status", outcome.status()).detail("at", outcome.at().toString());
        String warning = expiry.filter(at -> at.isBefore(now.plus(EXPIRY_WARNING)))
                .map(at -> "; warning: the token expires at " + at + ", create a new one").orElse("");
        switch (outcome.status()) {
            case 0 -> result.down().message("Kommo did not answer" + warning);
            case 401 -> result.down().message("Kommo refuses the token (401): it is wrong, expired or revoked");
            case 402 -> result.down().message("The Kommo account is not paid (402)");
            // not blocked (checked above): the 403 was one endpoint refusing the token's user, the account answers
            case 403 -> result.up().message("Kommo answers; the latest request lacked the rights for its endpoint (403)"
                                            + warning);
            default -> {
                if (outcome.status() >= 500) {
                    result.down().message("Kommo fails (HTTP " + outcome.status() + ")" + warning);
                } else {
                    result.up().message("Kommo answers (HTTP " + outcome.status() + ")" + warning);
                }
            }
        }
    }

    private void refused(HealthCheckResultBuilder result) {
        KommoException refused = client.tokens().failure().orElseThrow();
        String hint = refused instanceof KommoReauthorizationRequiredException r && r.getHint() != null ? r.getHint()
                                                                                                        : "no tokens";
        result.down().detail("oauth", "reauthorization required")
                .message("Kommo refused the OAuth 2.0 grant (" + hint + "): a person must authorise the integration "
                         + "again; nothing is retried until new tokens are stored. " + refused.getMessage());
    }

    /** Probes the account if a permit is free now; returns whether the probe was sent. */
    private boolean probe() {
        try {
            client.probe(KommoRequest.get(KommoEntity.account.path(), List.of()).labelled(KommoClient.PROBE));
        } catch (KommoBudgetException notSent) {
            return false;
        } catch (KommoException e) {
            // the client recorded the outcome; the check reads it
        }
        return true;
    }
}
