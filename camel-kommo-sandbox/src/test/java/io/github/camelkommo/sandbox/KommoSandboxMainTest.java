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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KommoSandboxMainTest {

    @Test
    void argumentsConfigureTheSandbox() {
        KommoSandbox.Builder builder = KommoSandboxMain.parse(new String[]{"--port", "0", "--token", "dev-token",
                "--rps", "2", "--no-block", "--no-seed", "--host", "127.0.0.1"});
        try (KommoSandbox sandbox = builder.start()) {
            assertThat(sandbox.token()).isEqualTo("dev-token");
            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(sandbox.data().count("leads")).isZero();
            Http http = new Http(sandbox);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(200);
            assertThat(http.get("/api/v4/account").status()).isEqualTo(429);
        }
    }

    @Test
    void anOAuthIntegrationIsRegisteredFromTheCommandLine() {
        KommoSandbox.Builder builder = KommoSandboxMain.parse(new String[]{"--port", "0", "--oauth-client",
                "my-id:my-secret:http://localhost:8080/kommo/oauth"});
        try (KommoSandbox sandbox = builder.start()) {
            assertThat(sandbox.oauth().clients()).containsOnlyKeys("my-id");
            assertThat(sandbox.oauth().clients().get("my-id").redirectUri())
                    .isEqualTo("http://localhost:8080/kommo/oauth");
            assertThat(sandbox.oauth().issueCode(null, "s").location())
                    .startsWith("http://localhost:8080/kommo/oauth?code=");
        }
        assertThatThrownBy(() -> KommoSandboxMain.parse(new String[]{"--oauth-client", "only-an-id"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refreshTokensAreStrictUnlessTheCommandLineAsksForLenient() {
        try (KommoSandbox strict = KommoSandboxMain.parse(new String[]{"--port", "0"}).start()) {
            assertThat(strict.oauth().isLenientRefresh()).isFalse();
        }
        try (KommoSandbox lenient = KommoSandboxMain.parse(new String[]{"--port", "0", "--lenient-refresh"}).start()) {
            assertThat(lenient.oauth().isLenientRefresh()).isTrue();
            lenient.oauth().setLenientRefresh(false);
            lenient.reset(); // back to the command line's reading
            assertThat(lenient.oauth().isLenientRefresh()).isTrue();
        }
    }

    @Test
    void helpAndBadArguments() {
        assertThat(KommoSandboxMain.parse(new String[]{"--help"})).isNull();
        assertThatThrownBy(() -> KommoSandboxMain.parse(new String[]{"--colour"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KommoSandboxMain.parse(new String[]{"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KommoSandboxMain.parse(new String[]{"--rps", "many"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
