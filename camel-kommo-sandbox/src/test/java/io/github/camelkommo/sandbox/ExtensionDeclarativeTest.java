package io.github.camelkommo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
