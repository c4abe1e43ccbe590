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

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import io.github.camelkommo.model.Webhook;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kommo endpoint's webhook at Kommo: its destination (the URL the webhook meta-component serves, plus the secret as
 * the query parameter {@value KommoWebhookHandler#SECRET_PARAMETER}), registered on start and removed on stop unless
 * {@code keepSubscription}, whether the context or only the route stops. The secret is {@code hookSecret}, or 32 random bytes made for this run. The account's id,
 * read once on registration, is what calls are checked against. Neither the secret nor the destination is logged.
 */
public final class WebhookRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EndpointContext endpoint;
    private final String secret;
    private volatile WebhookConfiguration configuration;
    private volatile Long accountId;
    private volatile String destination;
    private volatile boolean stopped;

    public WebhookRegistration(EndpointContext endpoint) {
        this.endpoint = endpoint;
        String configured = endpoint.hookSecret();
        if (configured == null || configured.isBlank()) {
            if (endpoint.keepSubscription()) {
                throw new IllegalArgumentException("kommo:" + endpoint.entity() + " webhook: keepSubscription needs "
                                                   + "a hookSecret, so that the kept destination stays valid after "
                                                   + "a restart");
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } else {
            this.secret = configured;
        }
    }

    public void configure(WebhookConfiguration webhookConfiguration) {
        this.configuration = webhookConfiguration;
    }

    /** The secret calls must carry. */
    public String secret() {
        return secret;
    }

    /** The calls accepted: the endpoint's subdomain, and the account id once read. */
    public KommoWebhookHandler.AccountCheck accountCheck() {
        return new KommoWebhookHandler.AccountCheck(endpoint.configuration().getSubdomain(), accountId);
    }

    /** The URL Kommo posts to, secret included. */
    public String destination() throws Exception {
        if (configuration == null) {
            throw new IllegalStateException("kommo:" + endpoint.entity() + " is not used through webhook:");
        }
        String url = configuration.computeFullExternalUrl();
        return url + (url.contains("?") ? "&" : "?") + KommoWebhookHandler.SECRET_PARAMETER + "=" + secret;
    }

    /** {@code POST /api/v4/webhooks} for the endpoint's events; reads the account's id first. */
    public void register() throws Exception {
        KommoClient client = endpoint.client().get();
        accountId = client.execute(KommoRequest.get(KommoEntity.account.path(), List.of()), false)
                .body().path("id").asLong();
        destination = destination();
        WebhookSubscriptions.subscribe(client, Webhook.of(destination, endpoint.webhookEvents()));
        LOG.info("kommo:{} webhook registered with {} for {}", endpoint.entity(), client.account().name(),
                endpoint.webhookEvents());
    }

    /** When the route starts again after a stop: registers again, as the meta-component would on its start. */
    void restart() throws Exception {
        if (stopped && configuration != null && configuration.isWebhookAutoRegister()) {
            register();
        }
        stopped = false;
    }

    /** When the route stops: unregisters, as the meta-component does only when the context stops. */
    void stop() throws Exception {
        if (configuration != null && configuration.isWebhookAutoRegister()) {
            unregister();
        }
        stopped = true;
    }

    /**
     * {@code DELETE /api/v4/webhooks}, unless the endpoint keeps its subscription; a hook removed already (in Kommo's
     * settings, or by an earlier stop) does not fail the stop.
     */
    public void unregister() throws Exception {
        if (destination == null || endpoint.keepSubscription()) {
            return;
        }
        if (WebhookSubscriptions.unsubscribe(endpoint.client().get(), destination)) {
            LOG.info("kommo:{} webhook unregistered", endpoint.entity());
        }
        destination = null;
    }
}
