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
package io.github.camelkommo.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelkommo.auth.FileTokenStore;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.main.Main;

/**
 * The "connect your Kommo account" example: a camel-main application with camel-main's HTTP server (platform-http)
 * serving {@link KommoConnectRoute}.
 * <p>
 * With {@code KOMMO_CLIENT_ID}, {@code KOMMO_CLIENT_SECRET} and {@code KOMMO_REDIRECT_URI} (the integration's redirect
 * URI, e.g. {@code http://localhost:8080/kommo/oauth}) set it serves on the redirect URI's port until stopped: open
 * {@code http://localhost:8080/kommo/connect}, allow access in Kommo, and the tokens land in
 * {@code ~/.camel-kommo/tokens}. Without them it starts the sandbox in-process, registers an integration there, plays
 * the browser's part itself (connect, "Allow", redirect), prints the answer and stops.
 * <p>
 * {@code mvn -q -pl camel-kommo-examples exec:java -Dexec.mainClass=io.github.camelkommo.examples.KommoConnectExample}
 */
public final class KommoConnectExample {

    private KommoConnectExample() {
    }

    public static void main(String[] args) throws Exception {
        String clientId = System.getenv("KOMMO_CLIENT_ID");
        if (clientId == null || clientId.isBlank()) {
            System.out.println("No KOMMO_CLIENT_ID set: connecting an account of the embedded Kommo sandbox");
            Path tokens = Files.createTempDirectory("kommo-tokens");
            System.out.println(connectSandboxAccount(tokens, System.out));
            return;
        }
        URI redirect = URI.create(System.getenv("KOMMO_REDIRECT_URI"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.kommo.client-id", clientId);
        properties.put("camel.component.kommo.client-secret", System.getenv("KOMMO_CLIENT_SECRET"));
        properties.put("camel.component.kommo.redirect-uri", redirect.toString());
        Main main = main(properties, redirect.getPort() < 0 ? 8080 : redirect.getPort(),
                FileTokenStore.defaultDirectory(), null);
        System.out.println("Open http://localhost:" + (redirect.getPort() < 0 ? 8080 : redirect.getPort())
                           + "/kommo/connect to connect your Kommo account");
        main.run(args);
    }

    /** A camel-main application serving the connect routes on {@code port}, tokens in {@code tokens}. */
    static Main main(Map<String, String> properties, int port, Path tokens, URI consentPage) {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("false"); // not the tour's application.properties
        main.bind("kommoTokens", new FileTokenStore(tokens));
        main.configure().addRoutesBuilder(new KommoConnectRoute(consentPage));
        main.addInitialProperty("camel.main.name", "kommo-connect");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", String.valueOf(port));
        main.addInitialProperty("camel.component.kommo.token-store", "#bean:kommoTokens");
        properties.forEach(main::addInitialProperty);
        return main;
    }

    /**
     * Against a sandbox started here: serves the connect routes on a free port, follows the browser's way through
     * them, and returns the page the redirect answered. The tokens are in {@code tokens}.
     */
    public static String connectSandboxAccount(Path tokens, PrintStream out) throws Exception {
        int port = freePort();
        String redirect = "http://localhost:" + port + "/kommo/oauth";
        try (KommoSandbox sandbox = KommoSandbox.builder().oauthClient("example-client", "example-secret", redirect)
                .start()) {
            Main main = main(Map.of("camel.component.kommo.base-url", sandbox.baseUrl(),
                    "camel.component.kommo.client-id", "example-client",
                    "camel.component.kommo.client-secret", "example-secret",
                    "camel.component.kommo.redirect-uri", redirect,
                    "camel.component.kommo.use-environment-variables", "false"),
                    port, tokens, URI.create(sandbox.baseUrl() + "/__sandbox/oauth/authorize"));
            main.start();
            try {
                out.println("Connect routes on http://localhost:" + port + "/kommo/connect; consent at the sandbox "
                            + sandbox.baseUrl());
                return browse("http://localhost:" + port + "/kommo/connect");
            } finally {
                main.stop();
            }
        }
    }

    /** What a browser does: GET, following redirects (to the consent page, "Allow", back to the redirect URI). */
    static String browse(String url) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() + " " + page.body();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
