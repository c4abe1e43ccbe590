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
package io.github.camelkommo.sandbox.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelkommo.sandbox.RecordedRequest;
import io.github.camelkommo.sandbox.internal.inspect.RequestLog;

/**
 * The HTTP front: the JDK's {@link HttpServer} on a small fixed pool of worker threads (keep-alive is kept, as every
 * answer has a known length). Requests under {@code /__sandbox/} go to the inspection router; every other request is
 * an API request: its arrival is logged, it runs through the API chain (filters, then router), and its answer is
 * logged with its status (0 for a dropped connection) just before it is sent.
 */
public final class SandboxServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY small keep-alive answers can wait for delayed ACKs (~40 ms each).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final String ADMIN_PREFIX = "/__sandbox/";
    private static final byte[] NO_BODY = new byte[0];

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;

    /** Binds {@code host:port} (0 = a free port); nothing is served until {@link #start}. */
    public SandboxServer(String host, int port, int threads) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the Kommo sandbox to " + host + ":" + port, e);
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "kommo-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        this.baseUrl = "http://" + hostPart + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Starts serving: API requests through {@code api}, inspection requests through {@code admin}. */
    public void start(ApiHandler api, ApiHandler admin, RequestLog log) {
        server.createContext("/", exchange -> dispatch(exchange, api, admin, log));
        server.start();
    }

    private void dispatch(HttpExchange exchange, ApiHandler api, ApiHandler admin, RequestLog log) {
        String path = exchange.getRequestURI().getRawPath();
        boolean inspection = path.startsWith(ADMIN_PREFIX);
        RequestLog.Arrival arrival = inspection ? null : log.arrive();
        byte[] body = NO_BODY;
        ApiResponse response;
        try {
            body = readBody(exchange);
            ApiRequest request = new ApiRequest(exchange.getRequestMethod(), path,
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body, baseUrlOf(exchange));
            response = (inspection ? admin : api).handle(request);
        } catch (ApiProblem problem) {
            response = problem.response();
        } catch (IOException e) {
            response = ApiResponse.drop();
        } catch (RuntimeException e) {
            e.printStackTrace();
            response = Problems.internalError();
        }
        if (arrival != null) {
            // logged before the answer leaves, so a client that got its answer always finds it in the log
            log.complete(arrival, record(exchange, arrival, body, response.dropConnection() ? 0 : response.status()));
        }
        try {
            send(exchange, response);
        } catch (IOException e) {
            // the client went away; the answer is logged as decided
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        if (response.dropConnection()) {
            return; // closing an exchange whose headers were never sent closes the connection
        }
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.body().length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private String baseUrlOf(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host == null || host.isBlank() ? baseUrl : "http://" + host;
    }

    private static RecordedRequest record(HttpExchange exchange, RequestLog.Arrival arrival, byte[] body, int status) {
        return new RecordedRequest(arrival.time(), arrival.nanoTime(), exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                new RequestHeaders(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8), status);
    }

    /** The request body: exactly Content-Length bytes when it is given, else everything up to the end. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && exchange.getRequestHeaders().getFirst("Transfer-Encoding") == null) {
            try {
                int bytes = Integer.parseInt(length.trim());
                return bytes == 0 ? NO_BODY : exchange.getRequestBody().readNBytes(bytes);
            } catch (NumberFormatException e) {
                // fall back to reading everything
            }
        }
        return exchange.getRequestBody().readAllBytes();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
