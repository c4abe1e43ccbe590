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

import io.github.camelkommo.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stream of single leads is written in batches, and each message gets its own created lead back. */
class KommoBatchAggregationStrategyTest extends KommoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:new-leads")
                        .aggregate(constant(true), new KommoBatchAggregationStrategy()).completionSize(50)
                        .completionTimeout(2000)
                        .to("kommo:leads?operation=create")
                        .split(KommoBatchAggregationStrategy.results())
                        .to("mock:created");
            }
        };
    }

    @Test
    void eachMessageGetsItsOwnResult() throws Exception {
        MockEndpoint created = getMockEndpoint("mock:created");
        created.expectedMessageCount(120);

        for (int i = 0; i < 120; i++) {
            template.sendBodyAndHeader("seda:new-leads", java.util.Map.of("name", "streamed " + i), "orderNo", i);
        }

        created.assertIsSatisfied(20_000);
        for (Exchange exchange : created.getReceivedExchanges()) {
            int orderNo = exchange.getMessage().getHeader("orderNo", Integer.class);
            Lead lead = exchange.getMessage().getBody(Lead.class);
            assertThat(lead.getName()).isEqualTo("streamed " + orderNo);
            assertThat(sandbox().data().get("leads", lead.getId()).orElseThrow().get("name").asText())
                    .isEqualTo("streamed " + orderNo);
        }
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(3);
        assertThat(created.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Lead.class).getId())
                .doesNotHaveDuplicates();
    }
}
