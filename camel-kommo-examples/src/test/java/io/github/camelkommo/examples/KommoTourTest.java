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
package io.github.camelkommo.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main job, run in-process against a sandbox: what it prints and what it leaves in the CRM. */
class KommoTourTest {

    @Test
    void tourDoesTheSeedsWorkAndPrintsASummary() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.start()) {
            int leadsBefore = sandbox.data().count("leads");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            KommoExampleApplication.run(KommoExampleApplication.sandboxProperties(sandbox),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            String summary = printed.toString(StandardCharsets.UTF_8);
            List<ObjectNode> leads = sandbox.data().list("leads");
            assertThat(leads).hasSize(leadsBefore + 1);
            ObjectNode lead = leads.stream().filter(l -> l.get("name").asText().endsWith("(camel-kommo example)"))
                    .findFirst().orElseThrow();
            long pipeline = sandbox.data().mainPipelineId();
            List<ObjectNode> working = sandbox.data().statuses(pipeline).stream()
                    .filter(s -> s.get("type").asInt() != 1 && s.get("id").asLong() != 142
                                 && s.get("id").asLong() != 143)
                    .toList();
            assertThat(lead.get("status_id").asLong()).isEqualTo(working.get(1).get("id").asLong());
            assertThat(lead.toString()).contains("\"field_name\":\"Source\"", "\"value\":\"Website\""); // by handle
            ObjectNode task = sandbox.data().list("tasks").stream()
                    .filter(t -> t.path("entity_id").asLong() == lead.get("id").asLong()).findFirst().orElseThrow();
            assertThat(task.get("complete_till").asLong() - task.get("created_at").asLong()).isBetween(86_000L,
                    86_800L);
            assertThat(summary).contains("Account:   Sandbox Demo")
                    .contains("lead #" + lead.get("id").asLong())
                    .contains("to stage \"" + working.get(1).get("name").asText() + "\"")
                    .contains("Changed:   1 lead(s)")
                    .contains("0 answered 429");
            assertThat(sandbox.stats().count(429)).isZero();
        }
    }
}
