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
package io.github.camelkommo.internal.endpoint;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.internal.client.KommoClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.StateRepository;

/**
 * What a kommo endpoint's producers, consumers and webhook handler need of it, built by the endpoint once its options
 * are set: the internals see this, never the endpoint itself.
 *
 * @param endpoint         the endpoint as Camel sees it (exchanges, context, the consumer's and producer's owner)
 * @param entity           the endpoint's entity
 * @param configuration    the endpoint's options
 * @param output           how one entity becomes a body
 * @param state            the repository of the endpoint's watermark and ledger
 * @param client           the shared client of the endpoint's account, labelled {@code webhook}, for webhook mode
 * @param webhookEvents    the webhook events: the option {@code events}, or every event of the entity
 * @param hookSecret       webhook mode's configured secret, or null for a random one
 * @param keepSubscription whether webhook mode leaves its hook registered when the route stops
 */
public record EndpointContext(Endpoint endpoint, KommoEntity entity, KommoConfiguration configuration,
                              EntityOutput output, Supplier<StateRepository<String, String>> state,
                              Supplier<KommoClient> client,
                              List<String> webhookEvents, String hookSecret, boolean keepSubscription) {

    /** The context the endpoint belongs to. */
    public CamelContext camelContext() {
        return endpoint.getCamelContext();
    }

    /**
     * One entity as a body: its model, its custom fields by name, or its JSON text.
     *
     * @throws KommoBindingException when the model cannot bind what Kommo sent, naming the entity, id and field
     */
    public Object output(JsonNode node) throws KommoBindingException {
        return output.of(node);
    }
}
