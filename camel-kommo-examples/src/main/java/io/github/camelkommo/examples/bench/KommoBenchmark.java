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
package io.github.camelkommo.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Measures the kommo component against the sandbox enforcing Kommo's 7 requests per second, all scenarios in one
 * run (after a warm-up run of the bulk and export paths) so that they compare as ratios, and prints the results as a
 * Markdown table and a Mermaid chart for {@code docs/benchmarks.md}. Run with
 * {@code mvn -q -pl camel-kommo-examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.camelkommo.examples.bench.KommoBenchmark}. With {@code -Dbenchmark.short=true} it runs
 * every scenario with a few hundred entities and no warm-up, in seconds: CI runs it so, to show that it still works
 * (its figures then mean nothing).
 */
public final class KommoBenchmark {

    private static final int RPS = 7;
    private static final int BATCH = 250;
    private static final double CEILING = RPS * BATCH;

    private final List<String> rows = new ArrayList<>();
    private final List<String[]> chart = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean full = !Boolean.getBoolean("benchmark.short");
        if (full) {
            KommoBenchmark warmUp = new KommoBenchmark(); // compiles the hot paths before anything is measured
            warmUp.bulkCreate(5_000);
            warmUp.export(5_000);
        }
        KommoBenchmark bench = new KommoBenchmark();
        double bulk = bench.bulkCreate(full ? 20_000 : 500);
        double baseline = bench.baselineHttpThrottle(full ? 140 : 7);
        bench.rows.add(String.format(Locale.ROOT,
                "| 2 | camel-http route, one lead per request, `.throttle(7)` | %.1f leads/s | kommo bulk is **%.0f×** faster | ≥ 240× |",
                baseline, bulk / baseline));
        bench.export(full ? 10_000 : 500);
        if (full) {
            bench.export(100_000);
        }
        bench.threeRoutes(full ? 5_000 : 500);
        bench.clientOverhead(full ? 5_000 : 50);
        bench.print();
    }

    private static CamelContext camel(KommoSandbox sandbox, int requestsPerSecond) throws Exception {
        CamelContext context = new DefaultCamelContext();
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.setRequestsPerSecond(requestsPerSecond);
        kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox.token());
        context.addComponent("kommo", kommo);
        context.start();
        return context;
    }

    private static List<Map<String, Object>> leads(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i, "price", i))
                .toList();
    }

    /** Contacts by name only: a contact has no price, and Kommo refuses one with it ({@code FieldNotExpected}). */
    private static List<Map<String, Object>> contacts(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i)).toList();
    }

    /** 1. Bulk create through the component, batches of 250, against the 7 rps sandbox. */
    double bulkCreate(int n) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            CamelContext context = camel(sandbox, RPS);
            List<Map<String, Object>> input = leads(n, "bulk");
            long start = System.nanoTime();
            List<?> created = context.createProducerTemplate()
                    .requestBody("kommo:leads?operation=create&batchSize=" + BATCH, input, List.class);
            double seconds = (System.nanoTime() - start) / 1e9;
            context.stop();
            double rate = created.size() / seconds;
            check(sandbox.data().count("leads") == n, "bulk create stored " + sandbox.data().count("leads"));
            rows.add(String.format(Locale.ROOT,
                    "| 1 | bulk create %,d leads, `batchSize=250` | %,.0f leads/s in %.1f s | **%.1f%%** of 1,750/s, %d × 429, %d requests | ≥ 95%%, 0 × 429 |",
                    n, rate, seconds, 100 * rate / CEILING, sandbox.stats().count(429), sandbox.stats().total()));
            chart.add(new String[]{"bulk create", String.valueOf(Math.round(rate))});
            return rate;
        }
    }

    /** 2. What a Camel user writes today: camel-http, one lead per request, behind the throttle EIP. */
    double baselineHttpThrottle(int n) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            CamelContext context = new DefaultCamelContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:baseline")
                            .throttle(RPS).totalRequestsMode().timePeriodMillis(1000)
                            .setHeader("Authorization", constant("Bearer " + sandbox.token()))
                            .setHeader("Content-Type", constant("application/json"))
                            .setHeader("CamelHttpMethod", constant("POST"))
                            .to(sandbox.baseUrl() + "/api/v4/leads?throwExceptionOnFailure=false");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            ObjectMapper mapper = new ObjectMapper();
            long start = System.nanoTime();
            for (Map<String, Object> lead : leads(n, "baseline")) {
                template.requestBody("direct:baseline", mapper.writeValueAsString(List.of(lead)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            context.stop();
            int stored = sandbox.data().count("leads");
            double rate = stored / seconds;
            chart.add(new String[]{"camel-http + throttle", String.valueOf(Math.round(rate))});
            rows.add(String.format(Locale.ROOT,
                    "| 2a | (baseline run: %d leads sent, %d stored, %d × 429, %.1f s) | | | |",
                    n, stored, sandbox.stats().count(429), seconds));
            return rate;
        }
    }

    /** 3. Export every lead through the lazy all-pages iterator, sampling the heap as it goes. */
    void export(int n) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            sandbox.data().generate("leads", n);
            CamelContext context = camel(sandbox, RPS);
            System.gc();
            long before = liveHeap();
            long start = System.nanoTime();
            Iterator<?> leads = context.createProducerTemplate()
                    .requestBody("kommo:leads?operation=list&allPages=true&pageSize=" + BATCH, null, Iterator.class);
            long count = 0;
            long peak = 0;
            while (leads.hasNext()) {
                leads.next();
                if (++count % 5_000 == 0) {
                    peak = Math.max(peak, liveHeap() - before); // what survived the last collection; forces none
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            context.stop();
            check(count == n, "export read " + count + " of " + n);
            double rate = count / seconds;
            rows.add(String.format(Locale.ROOT,
                    "| 3 | export %,d leads, all pages, streaming | %,.0f leads/s in %.1f s | **%.1f%%** of 1,750/s, live heap growth at most %.1f MiB, %d × 429 | ≥ 95%%, flat heap |",
                    n, rate, seconds, 100 * rate / CEILING, peak / 1048576.0, sandbox.stats().count(429)));
            chart.add(
                    new String[]{String.format(Locale.ROOT, "export %dk", n / 1000), String.valueOf(Math.round(rate))});
        }
    }

    /** 4. Bulk leads, bulk contacts and a task-list loop on one account at once. */
    void threeRoutes(int n) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.start()) {
            int leadsBefore = sandbox.data().count("leads");
            int contactsBefore = sandbox.data().count("contacts");
            CamelContext context = camel(sandbox, RPS);
            ProducerTemplate template = context.createProducerTemplate();
            long start = System.nanoTime();
            CompletableFuture<?> bulkLeads = CompletableFuture.runAsync(
                    () -> template.requestBody("kommo:leads?operation=create&batchSize=250",
                            leads(n, "parallel lead")));
            CompletableFuture<?> bulkContacts = CompletableFuture.runAsync(
                    () -> template.requestBody("kommo:contacts?operation=create&batchSize=250",
                            contacts(n, "parallel contact")));
            AtomicLong taskLists = new AtomicLong();
            CompletableFuture<?> tasks = CompletableFuture.runAsync(() -> {
                while (!bulkLeads.isDone() || !bulkContacts.isDone()) {
                    template.requestBody("kommo:tasks?operation=list", (Object) null);
                    taskLists.incrementAndGet();
                }
            });
            CompletableFuture.allOf(bulkLeads, bulkContacts, tasks).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            context.stop();
            check(sandbox.data().count("leads") - leadsBefore == n, "three routes stored "
                                                                    + (sandbox.data().count("leads") - leadsBefore)
                                                                    + " leads of " + n);
            check(sandbox.data().count("contacts") - contactsBefore == n,
                    "three routes stored " + (sandbox.data().count("contacts") - contactsBefore) + " contacts of " + n);
            int maxWindow = sandbox.stats().maxRequestsInAnyWindow(Duration.ofSeconds(1));
            rows.add(String.format(Locale.ROOT,
                    "| 4 | three routes on one account: %,d leads + %,d contacts in bulk, task lists in a loop | %d requests in %.1f s (%d task lists) | **max %d requests in any 1 s**, %d × 429 | ≤ 7, 0 × 429 |",
                    n, n, sandbox.stats().total(), seconds, taskLists.get(), maxWindow, sandbox.stats().count(429)));
            chart.add(new String[]{"3 routes (entities)", String.valueOf(Math.round(2 * n / seconds))});
        }
    }

    /** 5. The component's cost per call: get by id with no rate limit, against a raw java.net.http loop. */
    void clientOverhead(int n) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(0).start()) {
            long id = sandbox.data().list("leads").get(0).get("id").asLong();
            CamelContext context = camel(sandbox, 1_000_000);
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "kommo:leads?operation=get&entityId=" + id;
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/v4/leads/" + id))
                    .header("Authorization", "Bearer " + sandbox.token()).GET().build();
            ObjectMapper mapper = new ObjectMapper();
            double componentMicros = 0;
            double rawMicros = 0;
            for (int round = 0; round < 3; round++) { // the first rounds warm up; the last one counts
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    template.requestBody(uri, (Object) null);
                }
                componentMicros = (System.nanoTime() - start) / 1e3 / n;
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    mapper.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
                }
                rawMicros = (System.nanoTime() - start) / 1e3 / n;
            }
            context.stop();
            rows.add(String.format(Locale.ROOT,
                    "| 5 | `get` by id, %,d calls, no rate limit: component vs raw `java.net.http` + Jackson | %.0f µs vs %.0f µs per call | **%.2f×** the raw time | ≤ 1.2× |",
                    n, componentMicros, rawMicros, componentMicros / rawMicros));
        }
    }

    /** Heap in use right after the most recent garbage collection of each pool, summed: the live data. */
    private static long liveHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    private void print() {
        System.out.println("| # | scenario | measured | result | target |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("```mermaid");
        System.out.println("xychart-beta");
        System.out.println("    title \"Entities per second against the ceiling (7 requests/s x 250 = 1,750/s)\"");
        System.out.println(
                "    x-axis [" + String.join(", ", chart.stream().map(c -> "\"" + c[0] + "\"").toList()) + "]");
        System.out.println("    y-axis \"entities per second\" 0 --> 1800");
        System.out.println("    bar [" + String.join(", ", chart.stream().map(c -> c[1]).toList()) + "]");
        System.out.println("    line [" + String.join(", ", chart.stream().map(c -> "1750").toList()) + "]");
        System.out.println("```");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark run is not valid: " + what);
        }
    }
}
