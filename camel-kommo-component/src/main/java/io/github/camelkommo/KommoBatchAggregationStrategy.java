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

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Message;
import org.apache.camel.support.ExpressionAdapter;

/**
 * Writes a stream of single messages in batches, and gives each message its own result back. Aggregate with this
 * strategy (the body becomes the list of the messages' bodies), send the batch to a kommo write, then split with
 * {@link #results()}: each original message comes out again, with its own headers and with its result (the created
 * entity with its id) as the body.
 *
 * <pre>
 * from("seda:new-leads")
 *     .aggregate(constant(true), new KommoBatchAggregationStrategy()).completionSize(250).completionTimeout(1000)
 *     .to("kommo:leads?operation=create&amp;batchSize=250")
 *     .split(KommoBatchAggregationStrategy.results())
 *         .to("direct:lead-created");
 * </pre>
 */
public class KommoBatchAggregationStrategy implements AggregationStrategy {

    /** The exchange property that keeps the batch's original messages, in order. */
    public static final String MESSAGES = "CamelKommoBatchMessages";

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Exchange batch = oldExchange == null ? newExchange : oldExchange;
        List<Message> messages = batch.getProperty(MESSAGES, List.class);
        List<Object> bodies;
        if (oldExchange == null) {
            messages = new ArrayList<>();
            bodies = new ArrayList<>();
            batch.setProperty(MESSAGES, messages);
        } else {
            bodies = batch.getMessage().getBody(List.class);
        }
        messages.add(newExchange.getMessage().copy());
        bodies.add(newExchange.getMessage().getBody());
        batch.getMessage().setBody(bodies);
        return batch;
    }

    /**
     * The batch's original messages, each with its result as the body: the write's results are matched to the
     * messages by position, as the kommo producer answers in input order.
     */
    public static Expression results() {
        return new ExpressionAdapter() {
            @Override
            @SuppressWarnings("unchecked")
            public Object evaluate(Exchange exchange) {
                List<Message> messages = exchange.getProperty(MESSAGES, List.class);
                List<Object> results = exchange.getMessage().getBody(List.class);
                if (messages == null || results == null || messages.size() != results.size()) {
                    throw new IllegalStateException("The body is not the results of a batch built by "
                                                    + "KommoBatchAggregationStrategy: expected one result per message ("
                                                    + (messages == null ? 0 : messages.size()) + ")");
                }
                List<Message> out = new ArrayList<>(messages.size());
                for (int i = 0; i < messages.size(); i++) {
                    Message message = messages.get(i).copy();
                    message.setBody(results.get(i));
                    out.add(message);
                }
                return out;
            }

            @Override
            public String toString() {
                return "kommoBatchResults";
            }
        };
    }
}
