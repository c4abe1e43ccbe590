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
