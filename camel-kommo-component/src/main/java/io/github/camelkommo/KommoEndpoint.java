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

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelkommo.internal.consumer.KommoConsumer;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import io.github.camelkommo.internal.endpoint.EntityOutput;
import io.github.camelkommo.internal.producer.KommoProducer;
import io.github.camelkommo.internal.webhook.ChangeLedger;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Create, read and update leads, contacts, companies, tasks and pipelines of the Kommo CRM (amoCRM), and poll for
 * their changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "kommo", title = "Kommo", syntax = "kommo:entity",
             category = {Category.SAAS, Category.API}, headersClass = KommoConstants.class)
public class KommoEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The Kommo entity to work on.")
    @Metadata(required = true)
    private final KommoEntity entity;

    @UriParam
    private final KommoConfiguration configuration;

    @UriParam(label = "consumer,scheduler", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Time between two polls of the consumer, in milliseconds or as a duration such as 30s. Each idle poll costs one request of the "
                            + "account's budget.")
    private long delay = DEFAULT_DELAY;

    @UriParam(label = "consumer,webhook",
              description = "Webhook mode (webhook:kommo:leads): the events to subscribe, comma separated, as Kommo "
                            + "names them (add_lead, update_lead, status_lead, responsible_lead, delete_lead, "
                            + "restore_lead, note_lead, and the same for contact, company and, without restore and "
                            + "note, task). Default: every event of the entity. Also the events kommo:webhooks "
                            + "subscribes when the body names none.")
    private String events;

    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "Webhook mode: the secret the destination URL carries (query parameter kommoHookSecret), "
                            + "checked on every call. Default: 32 random bytes per start. Needed with "
                            + "keepSubscription.")
    private String hookSecret;

    @UriParam(label = "consumer,webhook", defaultValue = "false",
              description = "Webhook mode: keep the webhook registered at Kommo when the route stops (it is removed "
                            + "by default).")
    private boolean keepSubscription;

    @UriParam(label = "consumer,webhook", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Webhook mode: time between two polls of the reconcile poll, which delivers what "
                            + "webhooks missed (a failed exchange, a disabled hook, a stopped route) from the same "
                            + "watermark as the polling consumer, without repeating what webhooks delivered; 0 turns "
                            + "it off. Its first poll runs a second after the start.")
    private long reconcileDelay = DEFAULT_RECONCILE_DELAY;

    /** The consumer polls once a minute unless told otherwise. */
    public static final long DEFAULT_DELAY = 60_000;
    /** The reconcile poll of webhook mode runs every five minutes unless told otherwise. */
    public static final long DEFAULT_RECONCILE_DELAY = 300_000;

    private final ChangeLedger changeLedger = new ChangeLedger();
    private final EntityOutput output;
    private EndpointContext context;

    private StateRepository<String, String> memoryState;

    public KommoEndpoint(String uri, KommoComponent component, KommoEntity entity, KommoConfiguration configuration) {
        super(uri, component);
        this.entity = entity;
        this.configuration = configuration;
        this.output = new EntityOutput(entity, configuration, component.mapper());
        setDelay(DEFAULT_DELAY);
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public Producer createProducer() throws Exception {
        KommoOperation operation = configuration.getOperation();
        if (operation != null) {
            entity.checkSupports(operation);
        }
        return new KommoProducer(context(), getComponent().lease(configuration));
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!entity.isWatchable()) {
            throw new IllegalArgumentException(
                    "kommo:" + entity + " cannot be polled for changes; the consumer watches "
                                               + Arrays.stream(KommoEntity.values())
                                                       .filter(KommoEntity::isWatchable)
                                                       .map(Enum::name).collect(Collectors.joining(", ")));
        }
        KommoConsumer consumer = new KommoConsumer(context(), processor, getComponent().lease(configuration),
                changeLedger);
        configureConsumer(consumer);
        return consumer;
    }

    /**
     * What the endpoint's producers, consumers and webhook handler see of it, made once its options are set (when the
     * first of them is created).
     */
    /** What this endpoint delivered, shared by its webhook handler and its polls, so no change is delivered twice. */
    ChangeLedger changeLedger() {
        return changeLedger;
    }

    synchronized EndpointContext context() {
        if (context == null) {
            context = new EndpointContext(this, entity, configuration, output, this::stateRepository,
                    () -> getComponent().accounts().client(configuration).labelled(entity.name(), "webhook"),
                    webhookEvents(), hookSecret, keepSubscription);
        }
        return context;
    }

    /** The webhook events: the option {@code events}, or every event Kommo posts for this entity. */
    private List<String> webhookEvents() {
        if (events != null && !events.isBlank()) {
            return Arrays.stream(events.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
        }
        return entity.webhookEvents();
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getHookSecret() {
        return hookSecret;
    }

    public void setHookSecret(String hookSecret) {
        this.hookSecret = hookSecret;
    }

    public boolean isKeepSubscription() {
        return keepSubscription;
    }

    public void setKeepSubscription(boolean keepSubscription) {
        this.keepSubscription = keepSubscription;
    }

    public long getReconcileDelay() {
        return reconcileDelay;
    }

    public void setReconcileDelay(long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }

    /**
     * The repository of the consumer's watermark: the configured one, the component's repository of the state file,
     * or one in memory kept by this endpoint.
     */
    private synchronized StateRepository<String, String> stateRepository() {
        if (configuration.getStateRepository() != null) {
            return configuration.getStateRepository();
        }
        if (configuration.getStateFile() != null && !configuration.getStateFile().isBlank()) {
            return getComponent().stateFile(configuration.getStateFile());
        }
        if (memoryState == null) {
            memoryState = new MemoryStateRepository();
        }
        return memoryState;
    }

    @Override
    public KommoComponent getComponent() {
        return (KommoComponent) super.getComponent();
    }

    public KommoEntity getEntity() {
        return entity;
    }

    public KommoConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        if (configuration.getBaseUrl() != null) {
            return configuration.getBaseUrl();
        }
        return configuration.getSubdomain() == null ? null
                                                    : "https://" + configuration.getSubdomain() + "."
                                                      + configuration.getDomain();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
