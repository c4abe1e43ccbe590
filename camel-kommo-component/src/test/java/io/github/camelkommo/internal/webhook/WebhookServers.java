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

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.spi.RestRegistry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the end-to-end webhook tests share: a free port, the HTTP server a context serves hooks on, a POST. */
final class WebhookServers {

    private WebhookServers() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** platform-http on Vert.x for this context, on 127.0.0.1 and this port. */
    static void serve(CamelContext context, int port) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
    }

    /**
     * CI's Camel 4.22 pass builds against camel-webhook 4.17.0 ({@code -Dcamel-webhook.version}; 4.22.0 does not
     * resolve here); its MultiRestConsumer calls
     * {@code RestRegistry.addRestService} with a signature Camel 4.22 no longer has, so on a newer runtime (the CI's
     * second run) the end-to-end webhook tests are skipped rather than failing on a missing method.
     */
    static void assumeTheWebhookComponentRuns() {
        Class<?>[] parameters = new Class<?>[13];
        parameters[0] = Consumer.class;
        parameters[1] = boolean.class;
        Arrays.fill(parameters, 2, 13, String.class);
        boolean runs;
        try {
            RestRegistry.class.getMethod("addRestService", parameters);
            runs = true;
        } catch (NoSuchMethodException e) {
            runs = false;
        }
        assumeTrue(runs, "camel-webhook 4.17.0 does not run on this Camel");
    }

    /** POSTs a form as Kommo does; returns the answer's status. */
    static int post(String url, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
