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
package io.github.camelkommo.internal.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The load balancer in front of the replicas that serve one webhook URL: it forwards each call to the first replica in
 * its list that accepts a connection and serves the path (a replica whose context is stopping answers 404 for a
 * moment), and answers 502 when none does. {@link #refuse} makes it answer 503 to every
 * call meanwhile, as a balancer that cannot reach the service does: Kommo counts the call as failed and retries it
 * later.
 */
final class HookBalancer implements AutoCloseable {

    private final HttpServer server;
    private final List<Integer> replicas;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile boolean refusing;

    HookBalancer(List<Integer> replicaPorts) throws IOException {
        this.replicas = List.copyOf(replicaPorts);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The URL Kommo is given. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    private void forward(HttpExchange call) throws IOException {
        byte[] body;
        try (InputStream in = call.getRequestBody()) {
            body = in.readAllBytes();
        }
        int status = refusing ? 503 : 502;
        for (int port = 0; !refusing && port < replicas.size() && (status == 502 || status == 404); port++) {
            status = send(replicas.get(port), call, body);
        }
        call.sendResponseHeaders(status, -1);
        call.close();
    }

    /** The replica's answer, or 502 when it takes no connection. */
    private int send(int port, HttpExchange call, byte[] body) {
        URI target = URI.create("http://127.0.0.1:" + port + call.getRequestURI());
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(2))
                .header("Content-Type", call.getRequestHeaders().getFirst("Content-Type"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return 502;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 504;
        } catch (IOException e) {
            return 504;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
