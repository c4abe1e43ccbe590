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
package io.github.camelkommo.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone: {@code java -jar camel-kommo-sandbox-<version>-standalone.jar [--port 8080]
 * [--host 127.0.0.1] [--token dev-token] [--rps 7] [--no-block] [--no-seed] [--restricted-token T]
 * [--ignore-if-modified-since] [--payment-required] [--oauth-client ID:SECRET:REDIRECT_URI] [--lenient-refresh]}. Binds
 * loopback unless told otherwise,
 * prints the base URL and token, and serves until the process is stopped.
 */
public final class KommoSandboxMain {

    private KommoSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KommoSandbox.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (builder == null) {
            usage(System.out);
            return;
        }
        KommoSandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "kommo-sandbox-shutdown"));
        System.out.println("Kommo sandbox listening on " + sandbox.baseUrl());
        System.out.println("  API base URL : " + sandbox.baseUrl() + "/api/v4");
        System.out.println("  token        : " + sandbox.token()
                           + "   (Authorization: Bearer " + sandbox.token() + ")");
        System.out.println("  inspection   : " + sandbox.baseUrl() + "/__sandbox/stats, /__sandbox/requests, "
                           + "POST /__sandbox/reset");
        sandbox.oauth().clients().values().forEach(c -> System.out.println("  OAuth client : " + c.clientId()
                                                                           + " (secret " + c.clientSecret()
                                                                           + ", redirect " + c.redirectUri() + ")"));
        System.out.println("  OAuth        : POST " + sandbox.baseUrl() + "/oauth2/access_token; a code: POST "
                           + sandbox.baseUrl() + "/__sandbox/oauth/codes, or open " + sandbox.baseUrl()
                           + "/__sandbox/oauth/authorize?state=S");
        System.out.println("  OAuth refresh: " + (sandbox.oauth().isLenientRefresh()
                                                                                     ? "lenient (a spent refresh token works until its new pair is used)"
                                                                                     : "strict (a refresh token works once; --lenient-refresh for the lenient reading)"));
        stopped.await();
    }

    /** The builder for these arguments, or null when help was asked for. */
    static KommoSandbox.Builder parse(String[] args) {
        KommoSandbox.Builder builder = KommoSandbox.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(number(args, ++i, "--port"));
                case "--host" -> builder.host(value(args, ++i, "--host"));
                case "--token" -> builder.token(value(args, ++i, "--token"));
                case "--rps" -> builder.requestsPerSecond(number(args, ++i, "--rps"));
                case "--no-block" -> builder.blocking(false);
                case "--no-seed" -> builder.seed(false);
                case "--restricted-token" -> builder.restrictedToken(value(args, ++i, "--restricted-token"));
                case "--ignore-if-modified-since" -> builder.ignoreIfModifiedSince(true);
                case "--payment-required" -> builder.paymentRequired(true);
                case "--lenient-refresh" -> builder.lenientRefresh(true);
                case "--oauth-client" -> {
                    String[] parts = value(args, ++i, "--oauth-client").split(":", 3);
                    if (parts.length != 3) {
                        throw new IllegalArgumentException("--oauth-client needs ID:SECRET:REDIRECT_URI");
                    }
                    builder.oauthClient(parts[0], parts[1], parts[2]);
                }
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return builder;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String name) {
        try {
            return Integer.parseInt(value(args, i, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number");
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar camel-kommo-sandbox-standalone.jar [--port 8080] [--host 127.0.0.1] "
                    + "[--token sandbox-token] [--rps 7] [--no-block] [--no-seed] [--restricted-token T] "
                    + "[--ignore-if-modified-since] [--payment-required] [--oauth-client ID:SECRET:REDIRECT_URI] "
                    + "[--lenient-refresh]");
    }
}
