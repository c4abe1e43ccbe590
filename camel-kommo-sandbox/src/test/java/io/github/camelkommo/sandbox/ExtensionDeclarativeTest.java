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
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(KommoSandboxExtension.class)
class ExtensionDeclarativeTest {

    private final KommoSandbox sandbox;

    ExtensionDeclarativeTest(KommoSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void runsASandboxWithTheDefaults(KommoSandbox injected) {
        assertThat(injected).isSameAs(sandbox);
        assertThat(sandbox.token()).isEqualTo("sandbox-token");
        assertThat(sandbox.subdomain()).isEqualTo("sandbox");
        assertThat(new Http(sandbox).get("/api/v4/account").status()).isEqualTo(200);
    }
}
