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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel run <route>.camel.yaml --dep=io.github.camelkommo:<artifact>:<release> --repos=<release repository>},
 * each run in a JVM and a directory of its own, against a sandbox on loopback. The CLI's own class path holds no
 * camel-kommo artifact: the component reaches the route only through the CLI's download of the dependency, and the
 * lead must then be in the sandbox.
 */
class CamelRunWithDepTest {

    /** Generous: the CLI may first download the component's dependencies, on a loaded machine. */
    private static final long RUN_LIMIT_MINUTES = 5;

    private static KommoSandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void startSandbox() {
        sandbox = KommoSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theComponentFromDepCreatesTheLead() throws Exception {
        String log = camelRun("create-lead.camel.yaml", "camel-kommo-component");

        ObjectNode lead = theOnlyLeadNamed("Deal from camel run", log);
        assertThat(lead.path("price").asInt()).isEqualTo(1200);
        assertThat(log).contains("created lead " + lead.path("id").asLong());
    }

    @Test
    void theKameletsFromDepCreateTheLead() throws Exception {
        String log = camelRun("create-lead-with-kamelet.camel.yaml", "camel-kommo-kamelets");

        ObjectNode lead = theOnlyLeadNamed("Deal from the kommo-sink Kamelet", log);
        assertThat(lead.path("price").asInt()).isEqualTo(900);
        assertThat(log).contains("kommo-sink replied {\"id\":" + lead.path("id").asLong());
    }

    /** Runs the route until its first message is done; answers the CLI's output once it exited with 0. */
    private String camelRun(String route, String artifactId) throws IOException, InterruptedException {
        List<String> cliClasspath = Files.readAllLines(Path.of(required("camel.cli.classpath.file")));
        assertThat(String.join("", cliClasspath)).as("the CLI's own class path").doesNotContain("camelkommo");
        try (InputStream source = getClass().getResourceAsStream("/" + route)) {
            Files.copy(source, work.resolve(route));
        }
        Path output = work.resolve("camel-run.log");
        ProcessBuilder camel = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmaven.repo.local=" + required("camel.cli.local.repo"),
                "-cp", required("camel.cli.classes") + File.pathSeparator + String.join("", cliClasspath),
                CamelCli.class.getName(),
                "run", route,
                "--dep=io.github.camelkommo:" + artifactId + ":" + required("kommo.version"),
                "--repos=" + required("kommo.repo.url"),
                "--max-messages=1",
                "--logging-color=false")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        camel.environment().put("KOMMO_BASE_URL", sandbox.baseUrl());
        camel.environment().put("KOMMO_API_KEY", sandbox.token());

        Process run = camel.start();
        boolean exited = run.waitFor(RUN_LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!exited) {
            run.destroyForcibly().waitFor();
        }
        String log = Files.readString(output);
        assertThat(exited).as("camel run ended within %d minutes; its output:%n%s", RUN_LIMIT_MINUTES, log).isTrue();
        assertThat(run.exitValue()).as("exit code of camel run; its output:%n%s", log).isZero();
        return log;
    }

    private static ObjectNode theOnlyLeadNamed(String name, String log) {
        List<ObjectNode> leads = sandbox.data().list("leads").stream()
                .filter(lead -> name.equals(lead.path("name").asText()))
                .toList();
        assertThat(leads).as("leads named '%s' in the sandbox; camel run's output:%n%s", name, log).hasSize(1);
        return leads.get(0);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run this project through"
                                            + " .ci/release-check, which passes -Dkommo.version and -Dkommo.repo.url");
        }
        return value;
    }
}
