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

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.RecordedRequest;

/**
 * Three replicas as three JVM processes ({@link ReplicaWorker}) on one sandbox account, their budget shared through
 * Redis: bulk create and task lists in all three at once, with no injected jitter and with 0-100 ms of it. Prints a
 * Markdown table for {@code docs/benchmarks.md}. Needs a Redis: argument 1 is its URI (default
 * {@code redis://127.0.0.1:6390}), argument 2 the leads (and contacts) each replica creates (default 5000).
 * With {@code -Dbenchmark.short=true} each replica creates 250, whatever the argument: CI runs it so, to show that
 * it still works (its figures then mean nothing).
 */
public final class ReplicaBenchmark {

    private static final int RPS = 7;

    private ReplicaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String redis = args.length > 0 ? args[0] : "redis://127.0.0.1:6390";
        String entities = Boolean.getBoolean("benchmark.short") ? "250" : args.length > 1 ? args[1] : "5000";
        List<String> rows = new ArrayList<>();
        for (int jitter : new int[]{0, 100}) {
            rows.add(run(redis, entities, jitter));
        }
        System.out.println();
        System.out.println(
                "| injected jitter | requests admitted | together | 429s | most admitted in any 1 s | target |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String run(String redis, String entities, int jitterMillis) throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            if (jitterMillis > 0) {
                sandbox.faults().jitter(Duration.ZERO, Duration.ofMillis(jitterMillis), 42);
            }
            List<Process> replicas = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replicas.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classPath(), ReplicaWorker.class.getName(), sandbox.baseUrl(), sandbox.token(), redis,
                        entities).inheritIO().start());
            }
            for (Process replica : replicas) {
                if (replica.waitFor() != 0) {
                    throw new IllegalStateException("a replica failed: exit " + replica.exitValue());
                }
            }
            List<RecordedRequest> admitted = sandbox.stats().requests().stream().filter(r -> r.status() != 429)
                    .toList();
            double seconds = (admitted.get(admitted.size() - 1).nanoTime() - admitted.get(0).nanoTime()) / 1e9;
            double rate = (admitted.size() - 1) / seconds;
            double optimum = RPS / (1 + jitterMillis / 1000.0);
            String row = String.format(Locale.ROOT,
                    "| 0–%d ms | %d in %.1f s | %.2f/s = **%.1f%%** of %.2f/s | %d | %d | %s |",
                    jitterMillis, admitted.size(), seconds, rate, 100 * rate / optimum, optimum,
                    sandbox.stats().count(429), maxInAnyWindow(admitted),
                    jitterMillis == 0 ? "≥ 90% of 7/s, 0 × 429" : "≥ 90% of 7/(1+J)");
            System.out.println(row);
            return row;
        }
    }

    private static int maxInAnyWindow(List<RecordedRequest> requests) {
        int max = 0;
        int first = 0;
        for (int last = 0; last < requests.size(); last++) {
            while (requests.get(last).nanoTime() - requests.get(first).nanoTime() >= 1_000_000_000L) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    /** The class path this main runs with, also under exec:java (whose class loader holds it), for its workers. */
    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
            && loader.getURLs().length > 1) {
            return Arrays.stream(loader.getURLs()).map(ReplicaBenchmark::file)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return new File(url.toURI()).getPath();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
