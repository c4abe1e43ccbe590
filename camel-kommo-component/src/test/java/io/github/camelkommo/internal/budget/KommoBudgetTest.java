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
package io.github.camelkommo.internal.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.LogCapture;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account budget, proven with the sandbox's request log: one rate budget for every endpoint and route of an
 * account, 429 waited and retried, 5xx retried only when safe, 403 opening the circuit, bulk writes chunked.
 */
class KommoBudgetTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setRetryBackoff(50);
        kommo.setForbiddenCooldown(1_000);
        return kommo;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list&pageSize=5");
                from("direct:contacts").to("kommo:contacts?operation=list");
                from("direct:tasks").to("kommo:tasks?operation=list&filter.is_completed=0");
            }
        };
    }

    private List<Object> inParallel(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends {@code each} requests through each of the three routes, the routes at once. */
    private void threeRoutesAtOnce(int each) throws Exception {
        List<Callable<Object>> calls = new ArrayList<>();
        for (String route : List.of("direct:leads", "direct:contacts", "direct:tasks")) {
            calls.add(() -> {
                for (int i = 0; i < each; i++) {
                    template.requestBody(route, (Object) null);
                }
                return null;
            });
        }
        inParallel(calls);
    }

    @Test
    void threeRoutesOfOneAccountShareOneBudget() throws Exception {
        threeRoutesAtOnce(10);

        // Every request holds a place of the window from its permit until a second after its answer, and reaches
        // the sandbox between the two: however loaded the machine, no second holds an eighth request.
        assertThat(sandbox().stats().count(429)).isZero();
        assertThat(sandbox().stats().total()).isEqualTo(30);
        assertThat(sandbox().stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
        assertThat(kommo().accounts().clients()).hasSize(1);
        assertThat(kommo().accounts().clients().get(0).budget().stats().getRequests()).isEqualTo(30);
    }

    @Test
    void a429WidensThePermitSpacing() throws Exception {
        template.requestBody("direct:leads", (Object) null);
        AccountBudget budget = kommo().accounts().clients().get(0).budget();
        Duration base = budget.permitSpacing();
        sandbox().faults().rateLimitNext(1, 1);
        template.requestBody("direct:leads", (Object) null);
        assertThat(budget.permitSpacing()).isEqualTo(base.plusNanos((long) (base.toNanos() * AdaptiveSpacing.WIDEN)));

    }

    @Test
    void jitteredRequestsNeverPutEightIntoOneSecond() throws Exception {
        // 0-100 ms of seeded jitter before the limiter, as a network would add: a request still arrives between
        // its permit and its answer, so the window holds whatever order the requests arrive in.
        sandbox().faults().jitter(Duration.ZERO, Duration.ofMillis(100), 13);
        threeRoutesAtOnce(8);

        assertThat(sandbox().stats().count(429)).isZero();
        assertThat(sandbox().stats().total()).isEqualTo(24);
        assertThat(sandbox().stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
    }

    @Test
    void rateLimitIsWaitedOutAndRetriedAndEveryItemArrivesOnce() {
        int before = sandbox().data().count("leads");
        sandbox().faults().rateLimitNext(1, 1);

        @SuppressWarnings("unchecked")
        List<Lead> created = template.requestBody("kommo:leads?operation=create",
                IntStream.range(0, 5).mapToObj(i -> Map.of("name", "retry " + i)).toList(), List.class);

        assertThat(created).extracting(Lead::getName).containsExactly("retry 0", "retry 1", "retry 2", "retry 3",
                "retry 4");
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 5);
        List<RecordedRequest> posts = sandbox().stats().requests("POST", "/api/v4/leads");
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.ofNanos(posts.get(1).nanoTime() - posts.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        BudgetStats stats = kommo().accounts().clients().get(0).budget().stats();
        assertThat(stats.getRateLimited()).isEqualTo(1);
        assertThat(stats.getRetries()).isEqualTo(1);
    }

    @Test
    void a429WithoutAHintPausesTheAccountForASecondAndIsRetried() {
        sandbox().faults().rateLimitNextWithoutHint(1); // Kommo has sent 429s without retry_after (docs/sandbox.md)

        @SuppressWarnings("unchecked")
        List<Lead> leads = template.requestBody("direct:leads", null, List.class);

        assertThat(leads).isNotEmpty();
        List<RecordedRequest> lists = sandbox().stats().requests("GET", "/api/v4/leads");
        assertThat(lists).extracting(RecordedRequest::status).containsExactly(429, 200);
        // Without the pause the retry would follow at the next permit, 143 ms later
        assertThat(Duration.ofNanos(lists.get(1).nanoTime() - lists.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void serverErrorOnAReadIsRetried() {
        sandbox().faults().failNext(2, "GET", "/api/v4/leads", 503);

        List<?> leads = template.requestBody("direct:leads", null, List.class);

        assertThat(leads).isNotNull();
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void serverErrorOnACreateIsNotRetried() {
        sandbox().faults().failNext(1, "POST", "/api/v4/leads", 502);

        Exchange exchange = template.request("kommo:leads?operation=create",
                e -> e.getMessage().setBody(Map.of("name", "once")));

        assertThat(exchange.getException()).isInstanceOf(KommoServerException.class);
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(1);
    }

    @Test
    void serverErrorOnACreateIsRetriedWhenTheUserOptsIn() {
        int before = sandbox().data().count("leads");
        sandbox().faults().failNext(1, "POST", "/api/v4/leads", 502);

        template.requestBody("kommo:leads?operation=create&retryNonIdempotent=true", Map.of("name", "twice"));

        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).extracting(RecordedRequest::status)
                .containsExactly(502, 200);
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 1);
    }

    @Test
    void kommosBlockPageOpensTheCircuitAndNothingIsSentDuringTheCooldown() throws Exception {
        sandbox().faults().failNext(1, null, "/api/v4/", 403); // the web server's bare 403 page: Kommo's block

        Exchange first = template.request("direct:leads", e -> {
        });
        List<Exchange> during = new ArrayList<>();
        for (String route : List.of("direct:leads", "direct:contacts", "direct:tasks")) {
            during.add(template.request(route, e -> {
            }));
        }
        int sentDuringCooldown = sandbox().stats().total();

        assertThat(first.getException()).isInstanceOf(KommoForbiddenException.class);
        assertThat(during).allSatisfy(e -> assertThat(e.getException()).isInstanceOf(KommoForbiddenException.class)
                .hasMessageContaining("not sent"));
        assertThat(sentDuringCooldown).isEqualTo(1);
        assertThat(sandbox().stats().requests("GET", "/api/v4/account")).as("no probe needed").isEmpty();
        KommoClient client = kommo().accounts().clients().get(0);
        assertThat(client.budget().stats().getForbiddenTrips()).isEqualTo(1);

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Exchange after;
        do {
            Thread.sleep(200);
            after = template.request("direct:leads", e -> {
            });
        } while (after.getException() != null && System.nanoTime() < deadline);
        assertThat(after.getException()).isNull();
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).extracting(RecordedRequest::status)
                .containsExactly(403, 200);
    }

    @Test
    void batchAnswered504IsSentAgainInHalvesWhenAsked() {
        int before = sandbox().data().count("leads");
        sandbox().faults().failNext(1, "POST", "/api/v4/leads", 504);
        List<Map<String, Object>> input = IntStream.range(0, 6)
                .mapToObj(i -> Map.<String, Object>of("name", "half " + i)).toList();

        @SuppressWarnings("unchecked")
        List<Lead> created = template.requestBody("kommo:leads?operation=create&splitBatchOn504=true", input,
                List.class);

        assertThat(created).extracting(Lead::getName).containsExactly("half 0", "half 1", "half 2", "half 3", "half 4",
                "half 5");
        List<RecordedRequest> posts = sandbox().stats().requests("POST", "/api/v4/leads");
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(504, 200, 200);
        assertThat(posts.get(1).body()).contains("half 0").contains("half 2").doesNotContain("half 3");
        assertThat(posts.get(2).body()).contains("half 3").contains("half 5");
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 6);
    }

    @Test
    void requestsWaitingForAPermitAreNotSentOnceA403AfterA429OpensTheCircuit() throws Exception {
        template.requestBody("direct:contacts", (Object) null); // the permit spent just now makes the others wait
        sandbox().stats().clear();
        sandbox().faults().rateLimitNext(1, 0); // Kommo blocks after 429s: the 403 that follows is the block
        sandbox().faults().failNext(1, null, "/api/v4/", 403);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> template.request("direct:leads", e -> {
            }).getException());
        }

        List<Object> failures = inParallel(calls);

        assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(KommoForbiddenException.class));
        assertThat(sandbox().stats().total()).as("requests that reached Kommo: the 429 and the 403").isEqualTo(2);
        assertThat(sandbox().stats().requests("GET", "/api/v4/account")).as("no probe after a 429").isEmpty();
    }

    @Test
    void bulkCreateOf1001ItemsIsChunkedInInputOrderAndReportsProgress() {
        int before = sandbox().data().count("leads");
        List<Map<String, Object>> input = IntStream.range(0, 1001)
                .mapToObj(i -> Map.<String, Object>of("name", "bulk " + i)).toList();

        List<Lead> created;
        List<String> progress;
        try (LogCapture logs = new LogCapture("io.github.camelkommo")) {
            @SuppressWarnings("unchecked")
            List<Lead> answer = template.requestBody("kommo:leads?operation=create&progressInterval=1000", input,
                    List.class);
            created = answer;
            progress = logs.lines().stream().filter(l -> l.contains("items written")).toList();
        }

        // 21 requests at about 6.7 per second take about 3 s: two or three progress lines, not one per request
        assertThat(progress).hasSizeBetween(1, 4).allSatisfy(line -> assertThat(line)
                .matches(
                        "INFO kommo:leads create: \\d+ of 1001 items written \\(\\d+%\\), \\d+ items/s, about .* left"));
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(21);
        assertThat(created).hasSize(1001);
        for (int i = 0; i < created.size(); i++) {
            assertThat(created.get(i).getName()).isEqualTo("bulk " + i);
            assertThat(sandbox().data().get("leads", created.get(i).getId()).orElseThrow().get("name").asText())
                    .isEqualTo("bulk " + i);
        }
        assertThat(created).extracting(Lead::getId).doesNotHaveDuplicates();
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 1001);
    }

    @Test
    void waitingLongerThanThePermitTimeoutFailsClearly() throws Exception {
        kommo().setPermitTimeout(100);
        kommo().setRequestsPerSecond(1);
        String sameSandboxOtherAccount = sandbox().baseUrl().replace("127.0.0.1", "localhost"); // a new client takes the new settings
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> template.request("kommo:users?operation=list&baseUrl=" + sameSandboxOtherAccount,
                    e -> {
                    }).getException());
        }

        List<Object> failures = inParallel(calls);

        assertThat(failures).filteredOn(e -> e instanceof KommoBudgetException).isNotEmpty()
                .allSatisfy(
                        e -> assertThat(((Exception) e).getMessage()).contains("no permit").contains("permitTimeout"));
        assertThat(sandbox().stats().total()).isLessThan(4);
    }
}
