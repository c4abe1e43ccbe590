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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.model.Lead;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer is asynchronous: an exchange waiting for its account's budget waits in the account's queue and holds
 * no thread; a few sender threads (requestsPerSecond + 1) send them all. Whatever is not sent in time, or is still
 * waiting when its route stops, completes with a {@link KommoBudgetException}, and the sandbox holds exactly what
 * the successful exchanges say was written.
 */
class KommoAsyncProducerTest extends KommoTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(KommoAsyncProducerTest.class);
    private static final int RPS = 7;
    /** The most sender threads of one account's queue, and its timer: what the design lets the producer start. */
    private static final int DESIGN_THREADS = RPS + 1 + 1;
    /** Threads the JVM may start meanwhile on its own (the JIT's compiler threads): far fewer than the exchanges. */
    private static final int OTHER_THREADS = 6;

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setRequestsPerSecond(RPS);
        return kommo;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").routeId("create").to("kommo:leads?operation=create");
                // the route goes on on a sender thread, and a processor there sends to the same account synchronously
                from("direct:createAndReread").to("kommo:leads?operation=create").process(e -> e.getMessage()
                        .setBody(template.requestBodyAndHeader("kommo:leads?operation=get", null,
                                KommoConstants.ENTITY_ID, e.getMessage().getBody(Lead.class).getId(), Lead.class)));
            }
        };
    }

    /**
     * Hands {@code count} exchanges to the endpoint's asynchronous producer from this one thread, without waiting: each
     * call returns as soon as the exchange is queued.
     */
    private List<CompletableFuture<Exchange>> sendLeads(AsyncProducer producer, int count, String prefix) {
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = producer.getEndpoint().createExchange(ExchangePattern.InOut);
            exchange.getMessage().setBody(Map.of("name", prefix + i));
            futures.add(producer.processAsync(exchange));
        }
        return futures;
    }

    private AsyncProducer started(String uri) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        ServiceHelper.startService(producer);
        return producer;
    }

    @Test
    void twoHundredWaitingExchangesHoldNoThreadEachAndAllArrive() throws Exception {
        AsyncProducer route = started("direct:create");
        template.requestBody("direct:create", Map.of("name", "warm-up")); // the route, producer and queue exist
        int before = sandbox().data().count("leads");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();
        threads.resetPeakThreadCount();

        List<CompletableFuture<Exchange>> futures = sendLeads(route, 200, "queued ");
        long waiting = futures.stream().filter(f -> !f.isDone()).count();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
        int peak = threads.getPeakThreadCount();
        LOG.info("DEBUG threads: {}",
                Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList());
        LOG.info("200 exchanges: {} waiting at once, live threads {} before, {} at the peak", waiting, baseline, peak);

        // at 7 requests a second, nearly all of them waited at once; a thread each would have been 200 threads
        assertThat(waiting).isGreaterThanOrEqualTo(100);
        assertThat(peak - baseline).isLessThanOrEqualTo(DESIGN_THREADS + OTHER_THREADS);
        Set<Long> ids = new HashSet<>();
        for (CompletableFuture<Exchange> future : futures) {
            Exchange done = future.get();
            assertThat(done.getException()).isNull();
            ids.add(done.getMessage().getBody(Lead.class).getId());
        }
        assertThat(ids).hasSize(200).doesNotContainNull();
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 200);
        Set<Long> stored = sandbox().data().list("leads").stream().map(lead -> lead.path("id").asLong())
                .collect(Collectors.toSet());
        assertThat(stored).containsAll(ids);
        assertThat(sandbox().stats().count(429)).isZero();
    }

    @Test
    void synchronousCallersStillGetTheirResult() {
        Lead created = template.requestBody("direct:create", Map.of("name", "sync"), Lead.class);
        assertThat(created.getId()).isNotNull();
        assertThat(sandbox().data().get("leads", created.getId())).get()
                .satisfies(stored -> assertThat(stored.path("name").asText()).isEqualTo("sync"));
    }

    @Test
    void anExchangeStillQueuedAtItsPermitTimeoutFailsUnsentAndNothingIsLost() throws Exception {
        kommo().setPermitTimeout(1_000);
        context.getRouteController().stopAllRoutes(); // the account closes; the timeout applies when it opens again
        context.getRouteController().startAllRoutes();
        int before = sandbox().data().count("leads");

        List<CompletableFuture<Exchange>> futures = sendLeads(started("direct:create"), 40, "deadline ");
        Outcomes outcomes = Outcomes.of(futures);

        // 40 exchanges at 7 a second cannot all get a permit within a second of being queued
        assertThat(outcomes.refused).isNotEmpty()
                .allSatisfy(
                        e -> assertThat(e).isInstanceOf(KommoBudgetException.class)
                                .hasMessageContaining("not sent"));
        assertThat(outcomes.written).isNotEmpty();
        assertThat(outcomes.written.size() + outcomes.refused.size()).isEqualTo(40);
        assertThat(sandbox().data().count("leads")).isEqualTo(before + outcomes.written.size());
    }

    @Test
    void aStoppingProducerCompletesWhatItStillHeld() throws Exception {
        int before = sandbox().data().count("leads");
        AsyncProducer producer = started("kommo:leads?operation=create");

        List<CompletableFuture<Exchange>> futures = sendLeads(producer, 60, "stop ");
        ServiceHelper.stopService(producer);
        Outcomes outcomes = Outcomes.of(futures); // every one completes: none hangs

        // those a sender had taken were sent and answered; those still queued were refused, unsent
        assertThat(outcomes.refused).isNotEmpty().allSatisfy(e -> assertThat(e)
                .isInstanceOf(KommoBudgetException.class).hasMessageContaining("producer stopped"));
        assertThat(outcomes.written.size() + outcomes.refused.size()).isEqualTo(60);
        assertThat(sandbox().data().count("leads")).isEqualTo(before + outcomes.written.size());
    }

    @Test
    void aRouteThatSendsAgainFromASenderThreadDoesNotWaitForItself() throws Exception {
        // a sender waiting for a free sender would wait until permitTimeout, then fail
        int exchanges = 2 * (RPS + 1); // more than the senders: each of them would wait for one of the others

        Outcomes outcomes = Outcomes.of(sendLeads(started("direct:createAndReread"), exchanges, "re-read "));

        assertThat(outcomes.refused).isEmpty();
        assertThat(outcomes.written).hasSize(exchanges).allSatisfy(lead -> {
            assertThat(lead.getName()).startsWith("re-read ");
            assertThat(sandbox().data().get("leads", lead.getId())).isPresent();
        });
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads/")).hasSize(exchanges);
    }

    /** How a batch of exchanges ended: the leads written, and the errors of those refused. */
    private record Outcomes(List<Lead> written, List<Throwable> refused) {

        static Outcomes of(List<CompletableFuture<Exchange>> futures) throws Exception {
            List<Lead> written = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (CompletableFuture<Exchange> future : futures) {
                Exchange done = future.get();
                if (done.getException() == null) {
                    written.add(done.getMessage().getBody(Lead.class));
                } else {
                    refused.add(kommoCause(done.getException()));
                }
            }
            return new Outcomes(written, refused);
        }

        /** The Kommo exception under Camel's wrappers, or the innermost cause when there is none. */
        private static Throwable kommoCause(Throwable e) {
            Throwable cause = e;
            while (!(cause instanceof KommoException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
