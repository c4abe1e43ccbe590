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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sandbox with no rate limit and a fixed clock at {@link #T0}, reset before each test, and a plain HTTP client
 * for it: the setting of the tests of the API's behaviour.
 */
abstract class SandboxTestSupport {

    static final long T0 = 1_700_000_000L;

    @RegisterExtension
    static final KommoSandboxExtension KOMMO = KommoSandboxExtension.create(KommoSandbox.builder()
            .requestsPerSecond(0).clock(SandboxClock.fixed(T0))).resetBeforeEach();

    protected KommoSandbox sandbox;
    protected Http http;

    @BeforeEach
    void startAtT0() {
        sandbox = KOMMO.sandbox();
        sandbox.clock().set(T0);
        http = new Http(sandbox);
    }
}
