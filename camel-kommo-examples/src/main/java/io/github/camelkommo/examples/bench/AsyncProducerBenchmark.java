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
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The asynchronous producer under a burst: a number of exchanges (default 1,000), one lead each, handed at once to a
 * route {@code direct:lead → kommo:leads?operation=create} by one thread that does not wait for them, against a
 * sandbox enforcing Kommo's 7 requests per second. While they wait for the account's budget, the live threads of the
 * process are counted ({@link ThreadMXBean}, peak, the sandbox's own server threads included, since it runs in the
 * same process); at the end, the throughput against the ceiling and the 429s from the sandbox's log. Prints a
 * Markdown table row for {@code docs/benchmarks.md}. Run with
 * {@code mvn -q install -DskipTests && mvn -q -pl camel-kommo-examples exec:java
 * -Dexec.mainClass=io.github.camelkommo.examples.bench.AsyncProducerBenchmark [-Dexec.args="<exchanges>|short"]};
 * {@code short} sends 30 and checks only that every one was written (no timing or thread target), for CI.
 */
public final class AsyncProducerBenchmark {

    /** Kommo's limit, and the sandbox's. */
    public static final int RPS = 7;
    /** The target: live threads of the whole process while 1,000 exchanges wait. */
    public static final int THREAD_TARGET = 32;
    /** The exchanges of the short mode. */
    public static final int SHORT = 30;

    /**
     * What a run measured.
     *
     * @param exchanges      exchanges sent
     * @param written        exchanges that came back with a lead id
     * @param distinctIds    distinct lead ids among them
     * @param stored         leads the sandbox holds at the end
     * @param rateLimited    429s in the sandbox's log
     * @param maxInOneSecond the most requests the sandbox saw in any one-second window
     * @param threadsBefore  live threads before the burst
     * @param threadsPeak    the most live threads while the burst waited and was sent
     * @param waitingAtOnce  exchanges not yet complete right after all were handed over
     * @param seconds        from the first request to the last, in the sandbox's log
     * @param rate           requests per second over that time
     */
    public record Result(int exchanges, int written, int distinctIds, int stored, int rateLimited, int maxInOneSecond,
                         int threadsBefore, int threadsPeak, long waitingAtOnce, double seconds, double rate) {

        public boolean allWritten() {
            return written == exchanges && distinctIds == exchanges && stored == exchanges && rateLimited == 0;
        }

        /** Every exchange written, 0 × 429, at most 32 live threads, at least 95% of 7 requests per second. */
        public boolean targetsMet() {
            return allWritten() && threadsPeak <= THREAD_TARGET && rate >= 0.95 * RPS && maxInOneSecond <= RPS;
        }
    }

    private AsyncProducerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean shortMode = args.length > 0 && args[0].equals("short");
        int exchanges = shortMode ? SHORT : args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Result result = run(exchanges);
        System.out.println();
        System.out.println("| exchanges at once | waiting at once | live threads before / peak | written | 429s "
                           + "| max in any 1 s | time | rate | result |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.println(String.format(Locale.ROOT,
                "| %,d | %,d | %d / **%d** | %,d of %,d (%,d ids) | %d | %d | %.1f s | %.2f/s (**%.1f%%** of 7/s) | %s |",
                result.exchanges(), result.waitingAtOnce(), result.threadsBefore(), result.threadsPeak(),
                result.written(), result.exchanges(), result.distinctIds(), result.rateLimited(),
                result.maxInOneSecond(), result.seconds(), result.rate(), 100 * result.rate() / RPS,
                shortMode ? (result.allWritten() ? "short run: every exchange written" : "NOT all written")
                          : result.targetsMet() ? "met (≤ 32 threads, ≥ 95% of 7/s, 0 × 429)" : "NOT met"));
        if (shortMode ? !result.allWritten() : !result.targetsMet()) {
            System.exit(1);
        }
    }

    /** Sends {@code exchanges} leads at once through the asynchronous producer and measures what happened. */
    public static Result run(int exchanges) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).requestsPerSecond(RPS).start()) {
            CamelContext context = new DefaultCamelContext();
            KommoComponent kommo = new KommoComponent();
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            kommo.getConfiguration().setAccessToken(sandbox.token());
            kommo.setRequestsPerSecond(RPS);
            // the last of 1,000 waits about 143 s at 7 per second
            kommo.setPermitTimeout(Duration.ofSeconds(60 + exchanges / RPS).toMillis());
            context.addComponent("kommo", kommo);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:lead").to("kommo:leads?operation=create");
                }
            });
            context.start();
            try {
                AsyncProducer route = context.getEndpoint("direct:lead").createAsyncProducer();
                ServiceHelper.startService(route);
                send(route, 1, "warm-up").get(0).get(); // the producer and the account's queue exist
                sandbox.stats().clear();
                sandbox.data().clear("leads");

                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                int before = threads.getThreadCount();
                threads.resetPeakThreadCount();
                List<CompletableFuture<Exchange>> futures = send(route, exchanges, "lead ");
                long waiting = futures.stream().filter(f -> !f.isDone()).count();
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
                int peak = threads.getPeakThreadCount();

                int written = 0;
                Set<Long> ids = new HashSet<>();
                for (CompletableFuture<Exchange> future : futures) {
                    Exchange done = future.get();
                    if (done.getException() == null && done.getMessage().getBody() instanceof Lead lead
                        && lead.getId() != null) {
                        written++;
                        ids.add(lead.getId());
                    }
                }
                List<RecordedRequest> log = sandbox.stats().requests();
                double seconds = log.size() < 2 ? 0
                                                : (log.get(log.size() - 1).nanoTime() - log.get(0).nanoTime()) / 1e9;
                return new Result(exchanges, written, ids.size(), sandbox.data().count("leads"),
                        sandbox.stats().count(429), sandbox.stats().maxRequestsInAnyWindow(Duration.ofSeconds(1)),
                        before, peak, waiting, seconds, seconds == 0 ? 0 : (log.size() - 1) / seconds);
            } finally {
                context.stop();
            }
        }
    }

    /** Hands the exchanges to the route from this thread, each call returning once its exchange is queued. */
    private static List<CompletableFuture<Exchange>> send(AsyncProducer route, int count, String prefix) {
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = route.getEndpoint().createExchange(ExchangePattern.InOut);
            exchange.getMessage().setBody(Map.of("name", prefix + i));
            futures.add(route.processAsync(exchange));
        }
        return futures;
    }
}
