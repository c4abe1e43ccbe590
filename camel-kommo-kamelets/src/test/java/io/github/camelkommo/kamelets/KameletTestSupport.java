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
package io.github.camelkommo.kamelets;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.KommoSandboxExtension;
import io.github.camelkommo.sandbox.SandboxClock;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the Kamelets of this module, loaded by camel-kamelet from {@code classpath:kamelets} as a user's application
 * would, against a sandbox on loopback that is reset to its seed before each test. The kommo component is the one
 * Camel discovers on the classpath, unconfigured: each test hands the Kamelet its base URL and token.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    /** The sandbox's clock starts here and moves only when a test advances it. */
    static final long SANDBOX_EPOCH = 1_767_225_600L; // 2026-01-01T00:00:00Z

    static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final KommoSandboxExtension SANDBOX = KommoSandboxExtension.create(
            KommoSandbox.builder().clock(SandboxClock.fixed(SANDBOX_EPOCH)));

    KommoSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox().reset();
    }

    /** The account options of a Kamelet URI: the sandbox's base URL and token. */
    String account() {
        return "baseUrl=" + sandbox().baseUrl() + "&accessToken=" + sandbox().token();
    }

    static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void await(String what, Duration limit, BooleanSupplier done) {
        Awaitility.await(what).atMost(limit).pollInterval(Duration.ofMillis(20)).until(done::getAsBoolean);
    }
}
