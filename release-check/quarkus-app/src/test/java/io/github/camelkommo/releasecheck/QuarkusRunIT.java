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
package io.github.camelkommo.releasecheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application, started as a user starts it ({@code java -jar target/quarkus-app/quarkus-run.jar}) with the
 * account given as configuration, against a sandbox on loopback: its timer route must create the lead through the
 * kommo component, and the kommo-source Kamelet must deliver that lead to the route that notes it as a contact
 * through the kommo-sink Kamelet.
 */
class QuarkusRunIT {

    /** Generous: a loaded two-core machine; the application itself starts in about a second. */
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String LEAD = "Lead from Camel Quarkus";

    @TempDir
    Path work;

    @Test
    void theApplicationCreatesTheLeadAndTheKameletSourceDeliversIt() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.start()) {
            Path output = work.resolve("quarkus-run.log");
            Process app = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcamel.component.kommo.base-url=" + sandbox.baseUrl(),
                    "-Dcamel.component.kommo.access-token=" + sandbox.token(),
                    "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try {
                await().atMost(LIMIT).pollInterval(Duration.ofMillis(500))
                        .failFast("the application stopped", () -> !app.isAlive())
                        .untilAsserted(() -> {
                            ObjectNode lead = theOnly(sandbox, "leads", LEAD, output);
                            theOnly(sandbox, "contacts", "Seen lead " + lead.path("id").asLong(), output);
                        });
            } finally {
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor();
                }
            }
            long id = theOnly(sandbox, "leads", LEAD, output).path("id").asLong();
            assertThat(theOnly(sandbox, "leads", LEAD, output).path("price").asInt()).isEqualTo(3100);
            String log = Files.readString(output);
            assertThat(log).contains("created lead " + id).contains("the source delivered lead " + id);
            assertThat(log).as("the token is never logged").doesNotContain(sandbox.token());
        }
    }

    private static ObjectNode theOnly(KommoSandbox sandbox, String entity, String name, Path output) throws Exception {
        List<ObjectNode> named = sandbox.data().list(entity).stream()
                .filter(e -> name.equals(e.path("name").asText()))
                .toList();
        assertThat(named).as("%s named '%s' in the sandbox; the application's output:%n%s", entity, name,
                Files.readString(output)).hasSize(1);
        return named.get(0);
    }
}
