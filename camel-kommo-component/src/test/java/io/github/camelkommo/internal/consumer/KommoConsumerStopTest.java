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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping a consumer in the middle of a page: a graceful stop delivers the rest of the page it read before the route
 * stops; a forced stop delivers no more (an exchange it interrupts counts as failed), and the changes it left are
 * delivered after the restart. Either way no change is lost, and none whose exchange succeeded is delivered twice.
 */
class KommoConsumerStopTest extends KommoTestSupport {

    private final List<Long> received = new CopyOnWriteArrayList<>();

    private List<Long> fiveChanges() {
        return IntStream.range(0, 5).mapToObj(i -> {
            sandbox().clock().advanceSeconds(1);
            return sandbox().data().create("companies", JsonNodeFactory.instance.objectNode().put("name", "c" + i))
                    .get("id").asLong();
        }).toList();
    }

    private void route(long start, long processingMillis) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:companies?delay=50&modifiedSince=" + start).routeId("slow").process(e -> {
                    Thread.sleep(processingMillis); // a slow route: the stop comes while the page is delivered
                    received.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)); // processed
                });
            }
        });
    }

    @Test
    void aGracefulStopDeliversThePageAlreadyRead() throws Exception {
        long start = sandbox().clock().nowSeconds();
        List<Long> changes = fiveChanges();
        route(start, 200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());

        context.getRouteController().stopRoute("slow", 30, TimeUnit.SECONDS);
        List<Long> beforeRestart = List.copyOf(received);
        context.getRouteController().startRoute("slow");
        int reads = sandbox().stats().requests("GET", "/api/v4/companies").size();
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sandbox().stats().requests("GET", "/api/v4/companies").size() >= reads + 2);
        context.getRouteController().stopRoute("slow");

        assertThat(beforeRestart).as("the whole page, before the route stopped").containsExactlyElementsOf(changes);
        assertThat(received).as("nothing again after the restart").containsExactlyElementsOf(changes);
    }

    @Test
    void aForcedStopLeavesTheRestForTheRestartWithNothingLostOrRepeated() throws Exception {
        long start = sandbox().clock().nowSeconds();
        List<Long> changes = fiveChanges();
        route(start, 1_500);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());

        context.getRouteController().stopRoute("slow", 1, TimeUnit.SECONDS); // shorter than the page takes: forced
        List<Long> beforeRestart = List.copyOf(received);
        context.getRouteController().startRoute("slow");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= changes.size());
        context.getRouteController().stopRoute("slow", 30, TimeUnit.SECONDS);

        assertThat(beforeRestart).as("stopped before the page was through").hasSizeLessThan(changes.size());
        assertThat(received).as("every change once, in order").containsExactlyElementsOf(changes);
    }
}
