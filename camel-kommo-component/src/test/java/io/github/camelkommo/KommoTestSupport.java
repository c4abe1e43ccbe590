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
package io.github.camelkommo;

import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.KommoSandboxExtension;
import io.github.camelkommo.sandbox.SandboxClock;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs a Camel context whose kommo component talks to a sandbox on loopback, reset to its seed before each test.
 * The component takes its account from the sandbox and never from the environment.
 */
public abstract class KommoTestSupport extends CamelTestSupport {

    /** The sandbox's clock starts here and moves only when a test advances it. */
    protected static final long SANDBOX_EPOCH = 1_767_225_600L; // 2026-01-01T00:00:00Z

    /** A token of a user who is not an account administrator: admin-only endpoints answer it 403. */
    protected static final String RESTRICTED_TOKEN = "sandbox-restricted-token";

    @RegisterExtension
    static final KommoSandboxExtension SANDBOX = KommoSandboxExtension.create(
            KommoSandbox.builder().clock(SandboxClock.fixed(SANDBOX_EPOCH)).restrictedToken(RESTRICTED_TOKEN));

    protected KommoSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /**
     * The sandbox clock's time, in unix seconds. Test classes share the sandbox and its clock, which only goes forward:
     * a starting point must come from here, not from {@link #SANDBOX_EPOCH}, or it depends on the tests run before.
     */
    protected long now() {
        return sandbox().clock().nowSeconds();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox().reset();
    }

    /**
     * Shows the health checks Camel keeps in its {@code producers} repository, as {@code camel.health.producersEnabled=true}
     * does in an application: the checks of accounts that producers use are there (Camel hides that repository by
     * default). The tests send through producers, so they see the accounts' checks as such an application does.
     */
    @BeforeEach
    void showProducerHealthChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        if (producers != null) {
            producers.setEnabled(true);
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("kommo", createKommoComponent());
    }

    /** The component under test, configured for the sandbox; tests may adjust it. */
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox().baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox().token());
        return kommo;
    }

    protected KommoComponent kommo() {
        return context.getComponent("kommo", KommoComponent.class);
    }
}
