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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The adaptive budget against network jitter: the three-routes scenario of {@link KommoBenchmark} (bulk leads, bulk
 * contacts, task lists, all on one account) kept running for a number of requests against a sandbox that delays each
 * request by a seeded random time, uniform in 0..J, before its rate limiter sees it. With jitter J the most a client
 * can send while keeping every one-second window at 7 is 7/(1+J) per second. Prints a Markdown table for
 * {@code docs/benchmarks.md}. Run with
 * {@code mvn -q -pl camel-kommo-examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.camelkommo.examples.bench.JitterBenchmark [-Dexec.args="<requests per level> [jitter ms ...]"]}
 * (default 500 requests, jitter 0, 50 and 100 ms). With {@code -Dbenchmark.short=true} each level stops at 21
 * requests, whatever the argument: CI runs it so, to show that it still works (its figures then mean nothing).
 */
public final class JitterBenchmark {

    private static final int RPS = 7;
    private static final long SEED = 42;

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int requests = Boolean.getBoolean("benchmark.short") ? 21 : args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int[] levels = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                                       : new int[]{0, 50, 100};
        JitterBenchmark bench = new JitterBenchmark();
        for (int jitterMillis : levels) {
            bench.run(jitterMillis, requests);
        }
        System.out.println();
        System.out.println(
                "| injected jitter | requests | admitted rate | target rate | 429s (after the first) | final spacing | result |");
        System.out.println("|---|---|---|---|---|---|---|");
        bench.rows.forEach(System.out::println);
    }

    void run(int jitterMillis, int requests) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            if (jitterMillis > 0) {
                sandbox.faults().jitter(Duration.ZERO, Duration.ofMillis(jitterMillis), SEED);
            }
            CamelContext context = new DefaultCamelContext();
            KommoComponent kommo = new KommoComponent();
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            kommo.getConfiguration().setAccessToken(sandbox.token());
            context.addComponent("kommo", kommo);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            List<CompletableFuture<?>> routes = List.of(
                    loop(sandbox, requests, () -> template.requestBody("kommo:leads?operation=create", batch("lead"))),
                    loop(sandbox, requests,
                            () -> template.requestBody("kommo:contacts?operation=create", batch("contact"))),
                    loop(sandbox, requests, () -> template.requestBody("kommo:tasks?operation=list", (Object) null)));
            CompletableFuture.allOf(routes.toArray(CompletableFuture[]::new)).join();
            KommoClient client = kommo.accounts().clients().get(0);
            Duration spacing = client.budget().permitSpacing();
            context.stop();
            report(sandbox, jitterMillis, spacing);
        }
    }

    private static CompletableFuture<?> loop(KommoSandbox sandbox, int requests, Runnable send) {
        return CompletableFuture.runAsync(() -> {
            while (sandbox.stats().total() < requests) {
                send.run();
            }
        });
    }

    private static List<Map<String, Object>> batch(String prefix) {
        return IntStream.range(0, 250).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i)).toList();
    }

    private void report(KommoSandbox sandbox, int jitterMillis, Duration spacing) {
        List<RecordedRequest> log = sandbox.stats().requests();
        List<RecordedRequest> admitted = log.stream().filter(r -> r.status() != 429).toList();
        double seconds = (admitted.get(admitted.size() - 1).nanoTime() - admitted.get(0).nanoTime()) / 1e9;
        double rate = (admitted.size() - 1) / seconds;
        double target = RPS / (1 + jitterMillis / 1000.0);
        int rateLimited = sandbox.stats().count(429);
        int afterFirst = Math.max(0, rateLimited - 1);
        boolean ok = jitterMillis == 0 ? rateLimited == 0 && rate >= 0.95 * RPS
                                       : afterFirst <= Math.ceil(log.size() / 500.0) && rate >= 0.9 * target;
        String row = String.format(Locale.ROOT,
                "| 0–%d ms | %d | %.2f/s | %s | %d (%d) | %d ms | **%.1f%%** of %s, %s |",
                jitterMillis, log.size(), rate,
                jitterMillis == 0 ? "≥ 95% of 7/s, 0 × 429"
                                  : String.format(Locale.ROOT, "≥ 90%% of %.2f/s, ≤ 1 × 429 per 500 after the first",
                                          target),
                rateLimited, afterFirst, spacing.toMillis(),
                100 * rate / (jitterMillis == 0 ? RPS : target),
                jitterMillis == 0 ? "7/s" : String.format(Locale.ROOT, "%.2f/s", target),
                ok ? "met" : "NOT met");
        System.out.println(row);
        rows.add(row);
    }
}
