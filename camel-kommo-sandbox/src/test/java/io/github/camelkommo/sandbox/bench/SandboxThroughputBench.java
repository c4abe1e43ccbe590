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
package io.github.camelkommo.sandbox.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelkommo.sandbox.KommoSandbox;

/**
 * Measures how many simple GETs per second the sandbox serves over loopback with the rate limit off. Client threads
 * fetch leads by id, then pages of 50 leads, over keep-alive connections, once with the JDK's {@link HttpClient}
 * and once with a minimal HTTP/1.1 client on plain sockets (which costs the shared CPU far less, so it shows what the
 * server itself can do). It also reports the server's CPU time per request. Not a unit test: run it as a main,
 * for example {@code mvn -pl camel-kommo-sandbox test-compile exec:java -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.mainClass=io.github.camelkommo.sandbox.bench.SandboxThroughputBench}. Optional
 * arguments ({@code -Dexec.args="8 10 8"}): client threads (default 8), measured seconds per scenario (default 10),
 * server worker threads (default 8, the sandbox's default). With {@code -Dbenchmark.short=true} each scenario runs
 * for a second, whatever the arguments: CI runs it so, to show that it still works. A failed request fails the run.
 */
public final class SandboxThroughputBench {

    private SandboxThroughputBench() {
    }

    /** One client thread's way of fetching a path; returns the status. */
    private interface Client extends AutoCloseable {
        int get(String path) throws IOException, InterruptedException;

        @Override
        default void close() throws IOException {
        }
    }

    private interface ClientFactory {
        Client open() throws IOException;
    }

    private interface Paths {
        String path(long i);
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        boolean full = !Boolean.getBoolean("benchmark.short"); // short: 1 s per scenario, to show it still works
        int seconds = !full ? 1 : args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(0).workerThreads(workers)
                .requestLogCapacity(10_000).start()) {
            List<Long> ids = sandbox.data().generate("leads", 10_000);
            System.out.printf(Locale.ROOT, "Kommo sandbox throughput: %d client threads, %d server workers, %d s per "
                                           + "scenario, %d cores, Java %s%n",
                    threads, workers, seconds,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ClientFactory jdk = () -> path -> http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                    .header("Authorization", "Bearer " + sandbox.token()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            ClientFactory raw = () -> new RawClient(sandbox.port(), sandbox.token());
            Paths byId = i -> "/api/v4/leads/" + ids.get((int) (i % ids.size()));
            Paths pages = i -> "/api/v4/leads?limit=50&page=" + (1 + i % 200);

            run("warm-up", sandbox, raw, threads, full ? 5 : 1, byId);
            run("warm-up", sandbox, jdk, threads, full ? 3 : 1, pages);
            double jdkById = run("JDK HttpClient  GET /leads/{id}", sandbox, jdk, threads, seconds, byId);
            double jdkPage = run("JDK HttpClient  GET /leads?limit=50", sandbox, jdk, threads, seconds, pages);
            double rawById = run("raw keep-alive  GET /leads/{id}", sandbox, raw, threads, seconds, byId);
            double rawPage = run("raw keep-alive  GET /leads?limit=50", sandbox, raw, threads, seconds, pages);
            System.out.printf(Locale.ROOT, "RESULT JDK HttpClient: by-id %.0f req/s, page-of-50 %.0f req/s; "
                                           + "raw keep-alive: by-id %.0f req/s, page-of-50 %.0f req/s%n",
                    jdkById, jdkPage, rawById, rawPage);
        }
    }

    private static double run(String name, KommoSandbox sandbox, ClientFactory clients, int threads, int seconds,
                              Paths paths)
            throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long offset = t * 1_000_003L;
            workers.add(new Thread(() -> {
                try (Client client = clients.open()) {
                    long i = offset;
                    while (!stop.get()) {
                        (client.get(paths.path(i++)) == 200 ? ok : failed).increment();
                    }
                } catch (Exception e) {
                    failed.increment();
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + t));
        }
        long serverCpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep(seconds * 1_000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double rate = ok.sum() / elapsed;
        double serverMicros = (serverCpuNanos() - serverCpuBefore) / 1e3 / Math.max(1, ok.sum());
        System.out.printf(Locale.ROOT,
                "%-36s %8d ok %5d failed in %4.1f s = %6.0f req/s (server CPU %3.0f us/request)%n",
                name, ok.sum(), failed.sum(), elapsed, rate, serverMicros);
        if (ok.sum() == 0 || failed.sum() > 0) {
            throw new IllegalStateException(name + ": " + failed.sum() + " requests failed, " + ok.sum() + " ok");
        }
        return rate;
    }

    /** CPU time used so far by the sandbox's HTTP threads (its workers and the server's dispatcher). */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("kommo-sandbox-")
                                 || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** A minimal HTTP/1.1 keep-alive client on one socket: sends a GET, reads the status line, headers and body. */
    private static final class RawClient implements Client {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final String host;
        private final String token;

        RawClient(int port, String token) throws IOException {
            this.socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 16_384);
            this.host = "127.0.0.1:" + port;
            this.token = token;
        }

        @Override
        public int get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                       + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            int length = 0;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).trim());
                }
            }
            if (in.readNBytes(length).length != length) {
                throw new IOException("connection closed");
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
