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
package io.github.camelkommo.internal.producer;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoOperation;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.internal.account.AccountLease;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.dispatch.SendQueue;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the endpoint's operation, or the one the {@code CamelKommoOperation} header names, through the handler of
 * that operation. Every request goes through the account's shared {@link KommoClient}, which the producer holds
 * through its {@link AccountLease} while it runs, and is labelled with the endpoint's entity and the operation.
 * <p>
 * Asynchronous: the operation and entity are checked on the caller's thread, then the exchange waits in the account's
 * {@link SendQueue} without a thread, and a sender thread of that queue runs the handler and completes it (the route
 * continues there). Synchronous callers ({@code requestBody}, {@code direct:}) wait for that as usual. An exchange
 * still waiting when the producer stops is completed with a {@link KommoBudgetException}.
 */
public class KommoProducer extends DefaultAsyncProducer {

    private final Map<KommoOperation, OperationHandler> handlers = new EnumMap<>(KommoOperation.class);
    /** Linking an incoming lead (a chat) to a lead is an action on the item, not a link between cards. */
    private final OperationHandler unsortedLink = new ActionHandler(KommoOperation.link, "POST");
    private final EndpointContext endpoint;
    private final AccountLease lease;
    private KommoClient client;
    private SendQueue sends;

    public KommoProducer(EndpointContext endpoint, AccountLease lease) {
        super(endpoint.endpoint());
        this.endpoint = endpoint;
        this.lease = lease;
        handlers.put(KommoOperation.list, new ListHandler());
        handlers.put(KommoOperation.get, new GetHandler());
        handlers.put(KommoOperation.create, new WriteHandler(WriteKind.CREATE));
        handlers.put(KommoOperation.update, new WriteHandler(WriteKind.UPDATE));
        handlers.put(KommoOperation.createComplex, new WriteHandler(WriteKind.COMPLEX));
        handlers.put(KommoOperation.link, new LinkHandler(KommoOperation.link));
        handlers.put(KommoOperation.unlink, new LinkHandler(KommoOperation.unlink));
        handlers.put(KommoOperation.links, new LinkHandler(KommoOperation.links));
        handlers.put(KommoOperation.subscribe, new SubscriptionHandler(true));
        handlers.put(KommoOperation.unsubscribe, new SubscriptionHandler(false));
        handlers.put(KommoOperation.delete, new DeleteHandler());
        handlers.put(KommoOperation.accept, new ActionHandler(KommoOperation.accept, "POST"));
        handlers.put(KommoOperation.decline, new ActionHandler(KommoOperation.decline, "DELETE"));
        handlers.put(KommoOperation.summary, new SummaryHandler());
        handlers.put(KommoOperation.close, new ActionHandler(KommoOperation.close, "POST"));
        handlers.put(KommoOperation.upsert, new UpsertHandler());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = lease.acquireForProducer(); // checks token, subdomain and base URL before any message
        sends = lease.sendQueue();
        IdempotentRepository journal = endpoint.configuration().getIdempotencyRepository();
        if (journal != null) {
            // started once and stopped with the context, as routes sharing one journal expect (upsert's journal)
            endpoint.camelContext().addService(journal, true, true);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (sends != null) {
            sends.cancel(this, "the kommo:" + endpoint.entity() + " producer stopped before the exchange was sent");
            sends = null;
        }
        lease.release();
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        OperationHandler handler;
        OperationRequest request;
        try {
            KommoOperation operation = operation(exchange);
            endpoint.entity().checkSupports(operation);
            KommoClient labelled = client.labelled(endpoint.entity().name(), operation.name());
            handler = operation == KommoOperation.link && endpoint.entity().linkTargets().isEmpty() ? unsortedLink
                                                                                                    : handlers.get(
                                                                                                            operation);
            request = new OperationRequest(exchange, endpoint, labelled, lease);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        sends.submit(this, new SendQueue.Job() {
            @Override
            public void send() {
                try {
                    handler.handle(request);
                } catch (Exception | Error e) {
                    exchange.setException(e);
                }
                callback.done(false);
            }

            @Override
            public void refuse(KommoBudgetException reason) {
                exchange.setException(reason);
                callback.done(false);
            }
        });
        return false;
    }

    private KommoOperation operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(KommoConstants.OPERATION);
        if (header == null) {
            KommoOperation configured = endpoint.configuration().getOperation();
            if (configured == null) {
                throw new IllegalArgumentException("No operation for kommo:" + endpoint.entity()
                                                   + ": set operation= on the endpoint or the header "
                                                   + KommoConstants.OPERATION + " to one of "
                                                   + endpoint.entity().operations());
            }
            return configured;
        }
        if (header instanceof KommoOperation operation) {
            return operation;
        }
        return KommoOperation.named(header.toString().trim());
    }
}
