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

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionTest {

    @RegisterExtension
    static final KommoSandboxExtension KOMMO = KommoSandboxExtension.create(KommoSandbox.builder().token("ext-token"));

    @Test
    void startsOneSandboxForTheClassAndInjectsIt(KommoSandbox sandbox) {
        assertThat(sandbox).isSameAs(KOMMO.sandbox());
        assertThat(sandbox.token()).isEqualTo("ext-token");
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
        assertThat(new Http(sandbox).get("/api/v4/account").status()).isEqualTo(200);
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheSandbox(KommoSandbox sandbox) {
            assertThat(sandbox).isSameAs(KOMMO.sandbox());
        }
    }
}
