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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once across a crash: a child JVM ({@link UpsertBatchMain}) upserts a batch of contacts by phone
 * into this JVM's sandbox with a file journal, and is killed ({@link Process#destroyForcibly()}) once the sandbox has
 * stored some of its chunks; the same batch run again here with the same journal creates only what is missing: every
 * phone is one contact.
 */
class UpsertCrashTest extends KommoTestSupport {

    private static final int BATCH = 400;
    private static final String CONTACTS = "/api/v4/contacts";

    @TempDir
    Path dir;

    private List<RecordedRequest> creates() {
        return sandbox().stats().requests("POST", CONTACTS).stream()
                .filter(r -> r.path().equals(CONTACTS) && r.status() == 200).toList();
    }

    private Map<String, Long> contactsByPhone() {
        return sandbox().data().list("contacts").stream()
                .flatMap(c -> c.path("custom_fields_values").findValuesAsText("value").stream())
                .filter(v -> v.startsWith("+1 555 2"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @ParameterizedTest(name = "killed after {0} stored chunk(s)")
    @ValueSource(ints = {1, 6})
    void aBatchKilledMidRunAndRunAgainCreatesNothingTwice(int chunksBeforeKill) throws Exception {
        File journal = dir.resolve("journal.dat").toFile();
        File log = dir.resolve("child.log").toFile();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UpsertBatchMain.class.getName(), sandbox().baseUrl(),
                sandbox().token(), journal.getPath(), String.valueOf(BATCH))
                .redirectErrorStream(true).redirectOutput(log).start();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                    .until(() -> creates().size() >= chunksBeforeKill || !child.isAlive());
        } finally {
            child.destroyForcibly();
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        int createdBeforeKill = contactsByPhone().size();
        assertThat(Files.readString(log.toPath())).as("the child was killed before it finished")
                .doesNotContain("batch done");
        assertThat(createdBeforeKill).isGreaterThanOrEqualTo(10 * chunksBeforeKill).isLessThan(BATCH);
        List<String> journaled = Files.readAllLines(journal.toPath());
        assertThat(journaled).as("each stored item was journaled before it was sent")
                .hasSizeGreaterThanOrEqualTo(createdBeforeKill);

        Exchange again;
        try (CamelContext rerun = UpsertBatchMain.context(sandbox().baseUrl(), sandbox().token(), journal.getPath())) {
            rerun.start();
            again = rerun.createProducerTemplate().request(UpsertBatchMain.ENDPOINT,
                    e -> e.getMessage().setBody(UpsertBatchMain.batch(BATCH)));
        }
        assertThat(again.getException()).isNull();

        Map<String, Long> byPhone = contactsByPhone();
        assertThat(byPhone).hasSize(BATCH);
        assertThat(byPhone.values()).allMatch(n -> n == 1L);
        List<?> actions = again.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS, List.class);
        assertThat(actions.stream().filter("updated"::equals).count()).isEqualTo(createdBeforeKill);
        assertThat(actions.stream().filter("created"::equals).count()).isEqualTo(BATCH - createdBeforeKill);
        List<ObjectNode> customers = sandbox().data().list("contacts").stream()
                .filter(c -> c.get("name").asText().startsWith("Customer ")).toList();
        assertThat(customers).hasSize(BATCH);
    }
}
