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
package io.github.camelkommo.internal.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import io.github.camelkommo.internal.state.EndpointState;
import io.github.camelkommo.model.Note;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Service;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a kommo endpoint's webhook: checks the call's secret (query parameter {@value #SECRET_PARAMETER}) and
 * account, answers at once (Kommo waits 2 seconds, and disables a hook after more than 100 failed answers in two
 * hours), and hands each entity event of the endpoint's entity, decoded, to the route on one thread per endpoint, in
 * the call's order. Answering before the route runs is safe: the reconcile poll's watermark does not pass a change
 * until it was delivered, so one that is lost here (a crash, a failed exchange) is delivered by the reconcile poll,
 * which runs with this handler or, on replicas, as a route of its own on one of them. A change is delivered once
 * ({@link ChangeLedger}, kept next to the watermark).
 */
public final class KommoWebhookHandler extends ServiceSupport implements Processor {

    /** The query parameter of the destination URL that carries the hook's secret. */
    public static final String SECRET_PARAMETER = "kommoHookSecret";

    private static final Logger LOG = LoggerFactory.getLogger(KommoWebhookHandler.class);

    private final EndpointContext endpoint;
    private final ChangeLedger ledger;
    private final Processor next;
    private final WebhookRegistration registration;
    private final Service reconcile;
    private ExecutorService executor;

    /**
     * @param registration the hook at Kommo: its secret, the account, and registered again when a stopped route
     *                     starts (the webhook meta-component registers only when its endpoint starts)
     * @param reconcile    the reconcile poll, started and stopped with the handler; {@code null} for none
     * @param ledger       the endpoint's changes delivered, shared with its polls
     */
    public KommoWebhookHandler(EndpointContext endpoint, Processor next, WebhookRegistration registration,
                               Service reconcile, ChangeLedger ledger) {
        this.endpoint = endpoint;
        this.ledger = ledger;
        this.next = next;
        this.registration = registration;
        this.reconcile = reconcile;
    }

    @Override
    protected void doStart() throws Exception {
        ledger.attach(EndpointState.repository(endpoint),
                EndpointState.key(endpoint.entity(), endpoint.configuration(),
                        endpoint.client().get().account().name()));
        registration.restart();
        executor = endpoint.camelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "kommo-webhook-" + endpoint.entity());
        ServiceHelper.startService(reconcile);
    }

    @Override
    protected void doStop() throws Exception {
        registration.stop();
        ServiceHelper.stopService(reconcile);
        if (executor != null) {
            endpoint.camelContext().getExecutorServiceManager().shutdownGraceful(executor);
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Object given = exchange.getMessage().removeHeader(SECRET_PARAMETER);
        if (!matches(given == null ? null : given.toString(), registration.secret())) {
            LOG.warn("kommo:{} webhook: a call with a missing or wrong secret was refused", endpoint.entity());
            answer(exchange, 403);
            return;
        }
        String form = formOf(exchange.getMessage().getBody());
        ObjectNode tree = WebhookForm.parse(form);
        AccountCheck check = registration.accountCheck();
        if (check != null && !check.accepts(tree.path("account"))) {
            LOG.warn("kommo:{} webhook: a call for another account was refused", endpoint.entity());
            answer(exchange, 403);
            return;
        }
        List<WebhookChange> changes = WebhookDecoder.decode(tree, Instant.now().getEpochSecond());
        for (WebhookChange change : changes) {
            if (change.entity() == endpoint.entity()) {
                executor.execute(() -> deliver(change, form));
            }
        }
        answer(exchange, 200);
    }

    /**
     * The call's form as text. An HTTP server may hand over the form already parsed (platform-http on Vert.x gives a
     * Map of field to value, or to a List of values); it is put back together in its order.
     */
    static String formOf(Object body) {
        if (body instanceof Map<?, ?> fields) {
            StringBuilder form = new StringBuilder();
            fields.forEach((name, value) -> {
                for (Object one : value instanceof Collection<?> many ? many : List.of(value == null ? "" : value)) {
                    form.append(form.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(one));
                }
            });
            return form.toString();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body == null ? "" : body.toString();
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    private static void answer(Exchange exchange, int status) {
        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setBody("");
    }

    private void deliver(WebhookChange change, String form) {
        ChangeLedger.Claim claim = null;
        try {
            if (!change.isNote()) {
                claim = ledger.claim(change.ledgerKey(), change.updatedAt(), change.digest());
                if (!claim.granted()) {
                    LOG.debug("kommo:{} {} {} at {} is not delivered: {}", change.entity(), change.changeType(),
                            change.id(), change.updatedAt(), claim.verdict());
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("kommo:{} {} of {} from a webhook is left to the reconcile poll: its ledger cannot be read ({})",
                    change.entity(), change.changeType(), change.id(), e.getMessage());
            return;
        }
        Exchange exchange = endpoint.endpoint().createExchange();
        Exception failure;
        try {
            exchange.getMessage().setBody(body(change, exchange));
            exchange.getMessage().setHeader(KommoConstants.ENTITY_ID, change.id());
            exchange.getMessage().setHeader(KommoConstants.CHANGE_TYPE, change.changeType());
            exchange.getMessage().setHeader(KommoConstants.UPDATED_AT, Instant.ofEpochSecond(change.updatedAt()));
            exchange.getMessage().setHeader(KommoConstants.WEBHOOK_FORM, form);
            next.process(exchange);
            failure = failureOf(exchange);
        } catch (Exception e) {
            failure = e;
        }
        settle(ledger, claim, change, failure);
    }

    /**
     * Why the route did not process the exchange: its exception, or its mark for rollback (which carries none);
     * {@code null} when it did.
     */
    private static Exception failureOf(Exchange exchange) {
        if (exchange.getException() != null) {
            return exchange.getException();
        }
        if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return new IllegalStateException("the route marked the exchange for rollback");
        }
        return null;
    }

    /**
     * Records the change as delivered, or, when its exchange failed, gives its claim back at once: Kommo's retry of
     * the call, or the next reconcile poll, then delivers it, without waiting for the claim's lease (which is for a
     * JVM that died with the claim).
     */
    private void settle(ChangeLedger ledger, ChangeLedger.Claim claim, WebhookChange change, Exception failure) {
        if (failure != null) {
            LOG.warn("kommo:{} {} of {} from a webhook failed in the route ({}); its claim is given back, so Kommo's "
                     + "retry or the reconcile poll delivers it again",
                    change.entity(), change.changeType(), change.id(), failure.toString());
        }
        if (claim == null) {
            return;
        }
        try {
            if (failure == null) {
                ledger.delivered(claim);
            } else {
                ledger.release(claim);
            }
        } catch (RuntimeException e) {
            LOG.warn("kommo:{} {} of {}: its ledger cannot be written ({}); a poll may deliver it once more after "
                     + "its claim lapses",
                    change.entity(), change.changeType(), change.id(), e.getMessage());
        }
    }

    /** The model; one it cannot bind reaches the route as JSON text with the reason, as with the polling consumer. */
    private Object body(WebhookChange change, Exchange exchange) throws Exception {
        if (change.isNote()) {
            return endpoint.client().get().mapper().treeToValue(change.entityJson(), Note.class);
        }
        try {
            return endpoint.output(change.entityJson());
        } catch (KommoBindingException e) {
            exchange.getMessage().setHeader(KommoConstants.BINDING_ERROR, e.getMessage());
            LOG.warn("{}; it is delivered as JSON text", e.getMessage());
            return change.entityJson().toString();
        }
    }

    private static boolean matches(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Which account's calls are accepted: its subdomain and, once known, its id. */
    public record AccountCheck(String subdomain, Long id) {

        boolean accepts(com.fasterxml.jackson.databind.JsonNode account) {
            if (account.isMissingNode()) {
                return true; // the vendor's examples of some events carry no account
            }
            String sub = account.path("subdomain").asText(null);
            String given = account.path("id").asText(null);
            return (subdomain == null || sub == null || subdomain.equalsIgnoreCase(sub))
                   && (id == null || given == null || id.toString().equals(given));
        }
    }

}
