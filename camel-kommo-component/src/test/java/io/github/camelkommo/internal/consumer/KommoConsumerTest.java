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

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.LogCapture;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polling consumer delivers every observable change exactly once across restarts, keeps its watermark before
 * failed exchanges, and spends one request per idle poll. The sandbox's clock stamps the changes; its request log is
 * the evidence.
 */
class KommoConsumerTest extends KommoTestSupport {

    @TempDir
    Path stateDir;

    private static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static void await(String what, Duration limit, BooleanSupplier done) {
        Awaitility.await(what).atMost(limit).pollInterval(Duration.ofMillis(20)).until(done::getAsBoolean);
    }

    @Test
    void deliversEveryObservableChangeOnceAcrossRestarts() throws Exception {
        long start = now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(sandbox().data().create("leads", json().put("name", "lead " + i)).get("id").asLong());
        }
        FileStateRepository state = FileStateRepository
                .fileStateRepository(new File(stateDir.toFile(), "watermark.dat"));
        context.getRegistry().bind("watermarks", state);
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=20&stateRepository=#watermarks&modifiedSince=" + start).routeId("poller")
                        .process(e -> {
                            String change = e.getMessage().getHeader(KommoConstants.ENTITY_ID) + "@"
                                            + e.getMessage().getHeader(KommoConstants.UPDATED_AT, Instant.class)
                                                    .getEpochSecond();
                            if (!delivered.add(change)) {
                                duplicates.add(change);
                            }
                        });
            }
        });

        // Bursts of updates by another client, several in one second, some overwriting each other at once; the
        // consumer polls all along and is restarted five times, sometimes in the middle of a poll. A version still
        // current when its burst ends is visible to the next poll, so it must be delivered.
        Random random = new Random(7);
        Map<Long, Long> current = new HashMap<>();
        ids.forEach(id -> current.put(id, start));
        List<String> observable = new ArrayList<>();
        int updates = 0;
        int restarts = 0;
        for (int burst = 0; burst < 50; burst++) {
            for (int i = 0; i < 20; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                current.put(id, sandbox().data().update("leads", id, json().put("price", updates++)).get("updated_at")
                        .asLong());
            }
            current.forEach((id, at) -> observable.add(id + "@" + at));
            if (burst % 2 == 1) {
                sandbox().clock().advanceSeconds(1);
            }
            if (burst % 10 == 5) {
                context.getRouteController().stopRoute("poller");
                context.getRouteController().startRoute("poller");
                restarts++;
            }
            await("the versions current after burst " + burst, Duration.ofSeconds(30),
                    () -> current.entrySet().stream()
                            .allMatch(c -> delivered.contains(c.getKey() + "@" + c.getValue())));
        }
        context.getRouteController().stopRoute("poller");

        assertThat(updates).isEqualTo(1000);
        assertThat(restarts).isEqualTo(5);
        assertThat(duplicates).as("changes delivered twice").isEmpty();
        assertThat(delivered).containsAll(observable);
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads"))
                .allSatisfy(p -> assertThat(p.status()).isIn(200, 204, 429));
    }

    /** How a route fails an exchange: with an exception, or with a mark for rollback, which carries none. */
    enum Failure {
        EXCEPTION, ROLLBACK_MARK
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void failedExchangeKeepsTheWatermarkBeforeItAndIsDeliveredAgain(Failure failure) throws Exception {
        long start = now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(sandbox().data().create("leads", json().put("name", "ordered " + i)).get("id").asLong());
            sandbox().clock().advanceSeconds(1);
        }
        AtomicInteger failuresLeft = new AtomicInteger(1);
        List<Long> attempts = new CopyOnWriteArrayList<>();
        List<Long> succeeded = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("watermarks", new org.apache.camel.support.processor.state.MemoryStateRepository());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&stateRepository=#watermarks&modifiedSince=" + start).routeId("poller")
                        .process(e -> {
                            long id = e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
                            attempts.add(id);
                            if (id == ids.get(2) && failuresLeft.getAndDecrement() > 0) {
                                if (failure == Failure.EXCEPTION) {
                                    throw new IllegalStateException("downstream is down");
                                }
                                e.setRollbackOnly(true);
                                return;
                            }
                            succeeded.add(id);
                        });
            }
        });

        await("all five leads", Duration.ofSeconds(20), () -> succeeded.size() >= 5);
        context.getRouteController().stopRoute("poller");

        assertThat(attempts).containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(2), ids.get(3), ids.get(4));
        assertThat(succeeded).containsExactlyElementsOf(ids);
    }

    @Test
    void routeRestartKeepsTheInMemoryWatermark() throws Exception {
        long start = now();
        long first = sandbox().data().create("leads", json().put("name", "before the restart")).get("id").asLong();
        List<Long> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&modifiedSince=" + start).routeId("memory")
                        .process(e -> received.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)));
            }
        });
        await("the first lead", Duration.ofSeconds(20), () -> received.contains(first));

        context.getRouteController().stopRoute("memory");
        sandbox().clock().advanceSeconds(1);
        long second = sandbox().data().create("leads", json().put("name", "after the restart")).get("id").asLong();
        context.getRouteController().startRoute("memory");
        await("the second lead", Duration.ofSeconds(20), () -> received.contains(second));
        context.getRouteController().stopRoute("memory");

        assertThat(received).containsExactly(first, second);
    }

    @Test
    void tasksAreReadInIdOrderAndDeliveredOldestChangeFirst() throws Exception {
        long start = now();
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tasks.add(sandbox().data()
                    .create("tasks", json().put("text", "task " + i).put("complete_till", start + 86_400))
                    .get("id").asLong());
        }
        // change them newest id first, one second apart: id order and change order are opposite
        for (int i = tasks.size() - 1; i >= 0; i--) {
            sandbox().clock().advanceSeconds(1);
            sandbox().data().update("tasks", tasks.get(i), json().put("text", "changed " + i));
        }
        List<Long> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:tasks?delay=50&pageSize=3&modifiedSince=" + (start + 1)).routeId("tasks")
                        .process(e -> received.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)));
            }
        });

        await("seven task changes", Duration.ofSeconds(20), () -> received.size() >= 7);
        context.getRouteController().stopRoute("tasks");

        List<Long> newestIdFirst = new ArrayList<>(tasks);
        java.util.Collections.reverse(newestIdFirst);
        assertThat(received).containsExactlyElementsOf(newestIdFirst);
        List<RecordedRequest> reads = sandbox().stats().requests("GET", "/api/v4/tasks");
        assertThat(reads)
                .allSatisfy(r -> assertThat(r.query()).contains("order[id]=asc").doesNotContain("order[updated_at]"));
        assertThat(reads.subList(0, 3)).extracting(RecordedRequest::query)
                .anySatisfy(q -> assertThat(q).contains("page=3"));
    }

    @Test
    void consumersWithOtherFiltersKeepTheirOwnWatermarks() throws Exception {
        long start = now();
        long pipeline = sandbox().data().mainPipelineId();
        long a = sandbox().data().create("leads", json().put("name", "main").put("pipeline_id", pipeline)).get("id")
                .asLong();
        long otherPipeline = sandbox().data().list("pipelines").stream().mapToLong(p -> p.get("id").asLong())
                .filter(id -> id != pipeline).findFirst().orElseThrow();
        long b = sandbox().data().create("leads", json().put("name", "other").put("pipeline_id", otherPipeline))
                .get("id").asLong();
        org.apache.camel.support.processor.state.MemoryStateRepository shared = new org.apache.camel.support.processor.state.MemoryStateRepository();
        context.getRegistry().bind("shared", shared);
        List<String> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&stateRepository=#shared&modifiedSince=" + start + "&filter.pipeline_id="
                     + pipeline)
                        .routeId("filtered")
                        .process(e -> received.add("filtered:" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
                from("kommo:leads?delay=50&stateRepository=#shared&modifiedSince=" + start)
                        .routeId("all")
                        .process(e -> received.add("all:" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });

        await("both consumers", Duration.ofSeconds(20),
                () -> received.contains("all:" + b) && received.contains("filtered:" + a));
        context.getRouteController().stopRoute("filtered");
        context.getRouteController().stopRoute("all");

        assertThat(received).containsExactlyInAnyOrder("filtered:" + a, "all:" + a, "all:" + b);
        assertThat(shared.getState(sandbox().baseUrl() + "/leads")).isNotNull();
        assertThat(shared.getState(sandbox().baseUrl() + "/leads?filter[pipeline_id]%3D" + pipeline)).isNotNull();
    }

    @Test
    void aNotModifiedAnswerIsAnIdlePoll() throws Exception {
        sandbox().setNotModifiedStatus(304);
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:companies?delay=50").routeId("idle304").process(received::add);
            }
        });

        await("three polls answered 304", Duration.ofSeconds(20),
                () -> sandbox().stats().requests("GET", "/api/v4/companies").size() >= 3);
        context.getRouteController().stopRoute("idle304");

        assertThat(sandbox().stats().requests("GET", "/api/v4/companies")).extracting(RecordedRequest::status)
                .containsOnly(304);
        assertThat(received).isEmpty();
        assertThat(((org.apache.camel.support.ScheduledPollConsumer) context.getRoute("idle304").getConsumer())
                .getErrorCounter())
                .isZero();
    }

    @Test
    void deletionsArriveInTimeOrderWithTheChangesOnceAcrossARestart() throws Exception {
        long start = now();
        FileStateRepository state = FileStateRepository.fileStateRepository(new File(stateDir.toFile(), "deleted.dat"));
        context.getRegistry().bind("deletedWatermarks", state);
        List<String> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?includeDeleted=true&delay=50&stateRepository=#deletedWatermarks&modifiedSince="
                     + start)
                        .routeId("deletions")
                        .process(e -> received.add(e.getMessage().getHeader(KommoConstants.CHANGE_TYPE)
                                                   + " " + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });
        sandbox().clock().advanceSeconds(1);
        long a = sandbox().data().create("leads", json().put("name", "short-lived")).get("id").asLong();
        await("the creation", Duration.ofSeconds(20), () -> received.size() >= 1);
        sandbox().clock().advanceSeconds(1);
        sandbox().data().delete("leads", a); // seen created, then deleted: both are delivered
        long b = sandbox().data().create("leads", json().put("name", "same second as the deletion")).get("id").asLong();
        await("three changes", Duration.ofSeconds(20), () -> received.size() >= 3);
        context.getRouteController().stopRoute("deletions");

        sandbox().clock().advanceSeconds(1);
        long seeded = sandbox().data().list("leads").get(0).get("id").asLong();
        sandbox().data().delete("leads", seeded); // while the consumer is stopped
        int before = sandbox().stats().requests("GET", "/api/v4/events").size();
        context.getRouteController().startRoute("deletions");
        await("the deletion made while stopped, then two idle polls", Duration.ofSeconds(20),
                () -> received.size() >= 4 && sandbox().stats().requests("GET", "/api/v4/events").size() >= before + 3);
        context.getRouteController().stopRoute("deletions");

        assertThat(received).containsExactly("created " + a, "deleted " + a, "created " + b, "deleted " + seeded);
        assertThat(sandbox().stats().requests("GET", "/api/v4/events")).as("one events request a poll")
                .allSatisfy(r -> assertThat(r.query()).contains("filter[type]=lead_deleted"));
    }

    @Test
    void aStateFileKeepsTheWatermarkAcrossContextsWithoutABean() throws Exception {
        long start = now();
        String file = new File(stateDir.toFile(), "watermarks.properties").getPath();
        // with=leads goes into the watermark's key, which a state file cannot hold as written (its lines are key=value)
        String uri = "kommo:contacts?delay=50&with=leads&stateFile=" + file + "&modifiedSince=" + start;
        sandbox().clock().advanceSeconds(1);
        long first = sandbox().data().create("contacts", json().put("name", "before the restart")).get("id").asLong();
        List<Object> firstRun = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("durable")
                        .process(e -> firstRun.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });
        await("the first contact", Duration.ofSeconds(20), () -> firstRun.size() >= 1);
        context.stop();

        sandbox().clock().advanceSeconds(1);
        long second = sandbox().data().create("contacts", json().put("name", "after the restart")).get("id").asLong();
        List<Object> secondRun = new CopyOnWriteArrayList<>();
        try (CamelContext restarted = new DefaultCamelContext()) {
            restarted.addComponent("kommo", createKommoComponent());
            restarted.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).process(e -> secondRun.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
                }
            });
            restarted.start();
            await("the second contact and an idle poll", Duration.ofSeconds(20), () -> secondRun.size() >= 1
                                                                                       && sandbox().stats().requests(
                                                                                               "GET",
                                                                                               "/api/v4/contacts")
                                                                                               .size() >= firstRun
                                                                                                       .size() + 3);
        }

        assertThat(firstRun).containsExactly(first);
        assertThat(secondRun).as("the restarted context goes on from the file").containsExactly(second);
    }

    @Test
    void anEntityItsModelCannotBindReachesTheRouteAsJsonAndThePollGoesOn() throws Exception {
        long start = now();
        sandbox().clock().advanceSeconds(1);
        long odd = sandbox().data().create("leads", json().put("name", "odd")).get("id").asLong();
        sandbox().data().overwrite("leads", odd, json().set("price", json().put("amount", 5)));
        sandbox().clock().advanceSeconds(1);
        long fine = sandbox().data().create("leads", json().put("name", "fine")).get("id").asLong();
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&modifiedSince=" + start).routeId("odd").process(received::add);
            }
        });

        await("both changes and two idle polls", Duration.ofSeconds(20), () -> received.size() >= 2
                                                                               && sandbox().stats()
                                                                                       .requests("GET", "/api/v4/leads")
                                                                                       .size() >= 4);
        context.getRouteController().stopRoute("odd");

        assertThat(received).extracting(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID)).containsExactly(odd,
                fine);
        Exchange first = received.get(0);
        assertThat(first.getMessage().getBody()).isInstanceOf(String.class);
        assertThat(first.getMessage().getBody(String.class)).contains("\"amount\":5");
        assertThat(first.getMessage().getHeader(KommoConstants.BINDING_ERROR, String.class))
                .contains("leads").contains("id " + odd).contains("'price'");
        assertThat(received.get(1).getMessage().getBody()).isInstanceOf(Lead.class);
        assertThat(received.get(1).getMessage().getHeader(KommoConstants.BINDING_ERROR)).isNull();
    }

    @Test
    void whenKommoIgnoresIfModifiedSinceTheFilterStillLimitsEachPoll() throws Exception {
        sandbox().setIgnoreIfModifiedSince(true);
        sandbox().clock().advanceSeconds(2); // the seed lies two seconds before the consumer's start
        long start = now();
        AtomicInteger polls = new AtomicInteger();
        context.getRegistry().bind("pollCounter", countingStrategy(polls));
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:contacts?delay=100&pollStrategy=#pollCounter&modifiedSince=" + start).routeId("ignored")
                        .process(received::add);
            }
        });
        await("three idle polls", Duration.ofSeconds(20), () -> polls.get() >= 3);
        context.getRouteController().suspendRoute("ignored");
        assertThat(sandbox().stats().requests("GET", "/api/v4/contacts"))
                .as("idle: one request a poll, answered 204 though the seed has contacts").hasSize(polls.get())
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(204);
                    assertThat(r.query()).contains("filter[updated_at][from]=");
                });

        sandbox().stats().clear();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sandbox().clock().advanceSeconds(1);
            created.add(sandbox().data().create("contacts", json().put("name", "new " + i)).get("id").asLong());
        }
        int pollsBefore = polls.get();
        context.getRouteController().resumeRoute("ignored");
        await("the five new contacts and an idle poll", Duration.ofSeconds(20),
                () -> received.size() >= 5 && polls.get() >= pollsBefore + 2);
        context.getRouteController().stopRoute("ignored");

        assertThat(received).as("the changes, once, oldest first; none of the unchanged seed")
                .extracting(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID)).containsExactlyElementsOf(created);
        assertThat(sandbox().stats().requests("GET", "/api/v4/contacts")).as("one request a poll")
                .hasSize(polls.get() - pollsBefore);
    }

    private static PollingConsumerPollStrategy countingStrategy(AtomicInteger polls) {
        return new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                return true;
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                polls.incrementAndGet();
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
                return false;
            }
        };
    }

    @Test
    void idlePollsCostOneRequestEach() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        context.getRegistry().bind("countingStrategy", countingStrategy(polls));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:contacts?delay=100&pollStrategy=#countingStrategy").routeId("idle").to("mock:changes");
            }
        });

        await("six polls", Duration.ofSeconds(20), () -> polls.get() >= 6);
        context.getRouteController().stopRoute("idle");

        List<RecordedRequest> requests = sandbox().stats().requests("GET", "/api/v4/contacts");
        assertThat(requests).hasSize(polls.get());
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(204);
            assertThat(r.headers()).containsKey("if-modified-since");
        });
        assertThat(getMockEndpoint("mock:changes").getReceivedCounter()).isZero();
    }

    @Test
    void deliversTypedChangesWithHeadersAndSkipsOlderOnes() throws Exception {
        long old = sandbox().data().create("leads", json().put("name", "before the start")).get("id").asLong();
        sandbox().clock().advanceSeconds(10);
        long start = now();
        sandbox().data().update("leads", old, json().put("name", "changed after the start"));
        long created = sandbox().data().create("leads", json().put("name", "new")).get("id").asLong();
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&modifiedSince=" + Instant.ofEpochSecond(start)).routeId("typed")
                        .process(received::add);
            }
        });

        await("two changes", Duration.ofSeconds(20), () -> received.size() >= 2);
        context.getRouteController().stopRoute("typed");

        assertThat(received).hasSize(2);
        Map<Long, String> types = new HashMap<>();
        for (Exchange e : received) {
            Lead lead = e.getMessage().getBody(Lead.class);
            assertThat(e.getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(lead.getId());
            assertThat(e.getMessage().getHeader(KommoConstants.UPDATED_AT)).isEqualTo(lead.getUpdatedAt());
            types.put(lead.getId(), e.getMessage().getHeader(KommoConstants.CHANGE_TYPE, String.class));
        }
        assertThat(types).containsEntry(old, "updated").containsEntry(created, "created");
    }

    @Test
    void deliversEachPageAsOneBatchWhenAsked() throws Exception {
        long start = now();
        IntStream.range(0, 7).forEach(i -> sandbox().data().create("companies", json().put("name", "c" + i)));
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:companies?delay=50&changesAsBatch=true&pageSize=5&modifiedSince=" + start).routeId("batch")
                        .process(received::add);
            }
        });

        await("seven companies", Duration.ofSeconds(20),
                () -> received.stream().mapToInt(e -> e.getMessage().getBody(List.class).size()).sum() >= 7);
        context.getRouteController().stopRoute("batch");

        assertThat(received).extracting(e -> e.getMessage().getBody(List.class).size()).containsExactly(5, 2);
    }

    @Test
    void aStreakOfFailedPollsIsLoggedOnceAndKeepsTheWatermark() throws Exception {
        kommo().setMaxRetries(0);
        long start = now();
        long id = sandbox().data().create("leads", json().put("name", "waiting")).get("id").asLong();
        sandbox().faults().failNext(3, "GET", "/api/v4/leads", 500);
        List<Long> received = new CopyOnWriteArrayList<>();
        List<String> lines;
        try (LogCapture logs = new LogCapture("io.github.camelkommo")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kommo:leads?delay=50&modifiedSince=" + start).routeId("flaky")
                            .process(e -> received.add(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)));
                }
            });
            await("the lead after three failed polls", Duration.ofSeconds(20), () -> !received.isEmpty());
            context.getRouteController().stopRoute("flaky");
            lines = logs.lines();
        }

        assertThat(received).containsExactly(id);
        assertThat(lines).filteredOn(l -> l.startsWith("WARN") && l.contains("failed to poll")).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("HTTP 500"));
        assertThat(lines).filteredOn(l -> l.startsWith("DEBUG") && l.contains("failed to poll")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("INFO") && l.contains("polls again after 3 failed poll(s)"));
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).extracting(RecordedRequest::status)
                .startsWith(500, 500, 500, 200);
    }

    @Test
    void consumerAndBulkProducerOfOneAccountStayWithinTheLimit() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:contacts?delay=1").routeId("busy").to("mock:ignored"); // polls as fast as the budget lets it
            }
        });
        List<Map<String, Object>> leads = IntStream.range(0, 1500)
                .mapToObj(i -> Map.<String, Object>of("name", "n" + i)).toList();

        template.requestBody("kommo:leads?operation=create", leads);
        context.getRouteController().stopRoute("busy");

        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(30);
        assertThat(sandbox().stats().requests("GET", "/api/v4/contacts")).hasSizeGreaterThan(3);
        assertThat(sandbox().stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
        assertThat(sandbox().stats().count(429)).isZero();
    }
}
