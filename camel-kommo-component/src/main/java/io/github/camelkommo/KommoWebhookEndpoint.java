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
package io.github.camelkommo;

import java.util.List;

import io.github.camelkommo.internal.account.AccountLease;
import io.github.camelkommo.internal.consumer.KommoConsumer;
import io.github.camelkommo.internal.webhook.HttpServerCheck;
import io.github.camelkommo.internal.webhook.KommoWebhookHandler;
import io.github.camelkommo.internal.webhook.WebhookRegistration;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;

/**
 * A kommo endpoint that Camel's {@code webhook} meta-component can serve ({@code webhook:kommo:leads}). The component
 * makes its endpoints of this class when camel-webhook is on the class path (an optional dependency, at the
 * application's Camel version), and plain {@link KommoEndpoint}s otherwise, so that nothing of camel-webhook is loaded
 * by an application that does not use it.
 */
final class KommoWebhookEndpoint extends KommoEndpoint implements WebhookCapableEndpoint {

    private WebhookRegistration webhook;
    /** Webhook mode's hold on the account while its hook is registered. */
    private AccountLease webhookLease;

    private KommoWebhookEndpoint(String uri, KommoComponent component, KommoEntity entity,
                                 KommoConfiguration configuration) {
        super(uri, component, entity, configuration);
    }

    /**
     * A webhook-capable endpoint, typed as a plain one: the component's code then refers to this class only in a call,
     * which the JVM resolves when it runs (with camel-webhook present), not when it verifies the component.
     */
    static KommoEndpoint create(String uri, KommoComponent component, KommoEntity entity,
                                KommoConfiguration configuration) {
        return new KommoWebhookEndpoint(uri, component, entity, configuration);
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (!getEntity().isModifiedSinceAware()) {
            throw new IllegalArgumentException("kommo:" + getEntity() + " has no webhooks; webhook:kommo serves leads, "
                                               + "contacts, companies and tasks");
        }
        KommoConsumer reconcile = null;
        if (getReconcileDelay() > 0) {
            reconcile = new KommoConsumer(context(), next, getComponent().lease(getConfiguration()), changeLedger());
            reconcile.setDelay(getReconcileDelay());
            reconcile.setInitialDelay(1000);
        }
        WebhookRegistration registration = webhook();
        return new KommoWebhookHandler(context(), next, registration, reconcile, changeLedger());
    }

    /** Registers the hook at Kommo; the account is in use (a consumer's) until the hook is unregistered. */
    @Override
    public void registerWebhook() throws Exception {
        AccountLease lease = webhookLease();
        lease.acquireForConsumer(null);
        try {
            webhook().register();
        } catch (Exception | Error e) {
            lease.release();
            throw e;
        }
    }

    @Override
    public void unregisterWebhook() throws Exception {
        try {
            webhook().unregister();
        } finally {
            webhookLease().release();
        }
    }

    private synchronized AccountLease webhookLease() {
        if (webhookLease == null) {
            webhookLease = getComponent().lease(getConfiguration());
        }
        return webhookLease;
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        HttpServerCheck.check(getCamelContext(), webhookConfiguration, "webhook:kommo:" + getEntity());
        webhook().configure(webhookConfiguration);
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    private synchronized WebhookRegistration webhook() {
        if (webhook == null) {
            webhook = new WebhookRegistration(context());
        }
        return webhook;
    }
}
