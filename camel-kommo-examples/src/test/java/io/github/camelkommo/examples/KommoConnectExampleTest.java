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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import io.github.camelkommo.auth.FileTokenStore;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The "connect your Kommo account" example, run in-process against a sandbox over real HTTP. */
class KommoConnectExampleTest {

    @TempDir
    Path tokens;

    @Test
    void connectsAnAccountAndStoresItsTokens() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String page = KommoConnectExample.connectSandboxAccount(tokens, new PrintStream(out, true));

        assertThat(page).startsWith("200 Connected sandbox.kommo.com: account \"Sandbox Demo\"");
        try (var files = java.nio.file.Files.list(tokens)) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesARedirectWithAForgedStateWithoutExchangingTheCode() throws Exception {
        int port = KommoConnectExample.freePort();
        String redirect = "http://localhost:" + port + "/kommo/oauth";
        try (KommoSandbox sandbox = KommoSandbox.builder().oauthClient("example-client", "example-secret", redirect)
                .start()) {
            Main main = KommoConnectExample.main(Map.of("camel.component.kommo.base-url", sandbox.baseUrl(),
                    "camel.component.kommo.client-id", "example-client",
                    "camel.component.kommo.client-secret", "example-secret",
                    "camel.component.kommo.redirect-uri", redirect,
                    "camel.component.kommo.use-environment-variables", "false"),
                    port, tokens, URI.create(sandbox.baseUrl() + "/__sandbox/oauth/authorize"));
            main.start();
            try {
                String code = sandbox.oauth().issueCode("example-client", "forged").code();
                String page = KommoConnectExample
                        .browse(redirect + "?code=" + code + "&state=forged&referer=sandbox.kommo.com"
                                + "&client_id=example-client");
                assertThat(page).startsWith("400 Not connected:").contains("state").doesNotContain(code);
                assertThat(sandbox.stats().requests("POST", "/oauth2/access_token")).isEmpty();

                String declined = KommoConnectExample
                        .browse(redirect + "?error=access_denied&state=x&client_id=example-client");
                assertThat(declined).startsWith("400 Not connected:").contains("access_denied");

                String connected = KommoConnectExample.browse("http://localhost:" + port + "/kommo/connect");
                assertThat(connected).startsWith("200 Connected sandbox.kommo.com");
                KommoTokens stored = new FileTokenStore(tokens)
                        .load("example-client@" + URI.create(sandbox.baseUrl()).getAuthority()).orElseThrow();
                assertThat(stored.domain()).isEqualTo("sandbox.kommo.com");
                assertThat(connected).doesNotContain(stored.accessToken()).doesNotContain(stored.refreshToken());
                assertThat(sandbox.stats().requests("POST", "/oauth2/access_token")).hasSize(1);
            } finally {
                main.stop();
            }
        }
    }
}
