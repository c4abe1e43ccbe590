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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.curator.test.TestingServer;

/**
 * The failover time of the change consumer across JVM processes: two {@link PollerWorker} processes elect their
 * leader in a real ZooKeeper (Curator's in-process {@link TestingServer}) and share their watermark in Redis; the
 * leader is killed ({@code destroyForcibly}, as a crash), and the time until the other delivers a lead created at the
 * kill is measured, as is whether any lead was lost or delivered twice (the kill comes a second after the leader's
 * last delivery: a crash between a delivery and its watermark write delivers that change again). Argument 1: the Redis URI (default
 * {@code redis://127.0.0.1:6390}).
 */
public final class FailoverBenchmark {

    private FailoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String redis = args.length > 0 ? args[0] : "redis://127.0.0.1:6390";
        try (TestingServer zookeeper = new TestingServer(true);
                KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            Map<String, Process> pollers = new ConcurrentHashMap<>();
            List<String> deliveries = new CopyOnWriteArrayList<>(); // "name:id"
            Map<Long, Long> deliveredAt = new ConcurrentHashMap<>();
            String from = Long.toString(sandbox.clock().nowSeconds());
            for (String name : List.of("a", "b")) {
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", ReplicaBenchmark.classPath(), PollerWorker.class.getName(), name,
                        sandbox.baseUrl(), sandbox.token(), zookeeper.getConnectString(), redis, from)
                        .redirectErrorStream(true).start();
                pollers.put(name, process);
                Thread reader = new Thread(() -> read(name, process, deliveries, deliveredAt));
                reader.setDaemon(true);
                reader.start();
            }
            List<Long> created = new ArrayList<>();
            created.add(lead(sandbox, "before"));
            waitFor(() -> deliveries.size() >= 1, Duration.ofSeconds(60));
            String leader = deliveries.get(0).split(":")[0];
            // the watermark is written right after the route has the change; a crash in between delivers it again
            // (at least once). Kill the leader after that, between two polls.
            Thread.sleep(1_000);

            long killedAt = System.nanoTime();
            pollers.get(leader).destroyForcibly().waitFor();
            long afterKill = lead(sandbox, "at the kill");
            created.add(afterKill);
            waitFor(() -> deliveredAt.containsKey(afterKill), Duration.ofSeconds(120));
            double failover = (deliveredAt.get(afterKill) - killedAt) / 1e9;
            created.add(lead(sandbox, "after"));
            waitFor(() -> deliveries.size() >= created.size(), Duration.ofSeconds(30));
            Thread.sleep(1_000); // a duplicate would show by now: five more polls
            pollers.values().forEach(Process::destroyForcibly);

            List<Long> ids = deliveries.stream().map(d -> Long.parseLong(d.split(":")[1])).toList();
            System.out.printf("%nleader %s killed; failover (kill to the other's delivery of a lead created at the "
                              + "kill, ZooKeeper session timeout %d ms, poll delay 200 ms): %.1f s%n",
                    leader, PollerWorker.SESSION_TIMEOUT_MILLIS, failover);
            System.out.printf("created %s, delivered %s: %s%n", created, deliveries,
                    ids.equals(created) ? "none lost, none twice" : "MISMATCH");
        }
    }

    private static void read(String name, Process process, List<String> deliveries, Map<Long, Long> deliveredAt) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("delivered ")) {
                    long id = Long.parseLong(line.substring("delivered ".length()).trim());
                    deliveredAt.putIfAbsent(id, System.nanoTime());
                    deliveries.add(name + ":" + id);
                }
            }
        } catch (Exception e) {
            // the process was killed
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(10);
        }
    }

    private static long lead(KommoSandbox sandbox, String name) {
        return sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", name)).get("id")
                .asLong();
    }
}
