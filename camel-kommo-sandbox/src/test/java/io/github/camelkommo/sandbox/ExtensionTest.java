package io.github.camelkommo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
