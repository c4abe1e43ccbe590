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

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxDataTest extends SandboxTestSupport {

    private SandboxData data;

    @BeforeEach
    void setUp() {
        data = sandbox.data();
    }

    @Test
    void theSeedIsASmallRealisticAccount() {
        assertThat(data.count("leads")).isEqualTo(6);
        assertThat(data.count("contacts")).isEqualTo(3);
        assertThat(data.count("companies")).isEqualTo(2);
        assertThat(data.count("tasks")).isEqualTo(3);
        assertThat(data.count("pipelines")).isEqualTo(2);
        assertThat(data.count("users")).isEqualTo(3);
        assertThat(data.list("leads")).extracting(l -> l.get("status_id").asLong()).contains(142L, 143L);
        assertThat(data.list("leads")).allMatch(l -> l.get("updated_at").asLong() < T0);
        long main = data.mainPipelineId();
        List<ObjectNode> statuses = data.statuses(main);
        assertThat(statuses.get(0).get("id").asLong()).isEqualTo(data.incomingStatusId(main));
        assertThat(statuses.get(0).get("type").asInt()).isEqualTo(1);
        assertThat(data.firstStatusId(main)).isEqualTo(statuses.get(1).get("id").asLong());
        assertThat(data.customFields("contacts")).extracting(f -> f.get("code").asText()).contains("PHONE", "EMAIL");
        assertThat(data.currentUserId()).isEqualTo(data.list("users").get(0).get("id").asLong());
    }

    @Test
    void seedWithoutDemoDataKeepsTheAccountStructure() {
        try (KommoSandbox empty = KommoSandbox.builder().seed(false).requestsPerSecond(0).start()) {
            assertThat(empty.data().count("leads")).isZero();
            assertThat(empty.data().count("tasks")).isZero();
            assertThat(empty.data().count("pipelines")).isEqualTo(2);
            assertThat(empty.data().count("users")).isEqualTo(3);
            assertThat(new Http(empty).get("/api/v4/leads").status()).isEqualTo(204);
            empty.reset();
            assertThat(empty.data().count("leads")).isZero();
        }
    }

    @Test
    void readsAreDeepCopiesOrderedById() {
        ObjectNode lead = data.list("leads").get(0);
        lead.put("name", "changed locally");
        ((ObjectNode) data.get("leads", lead.get("id").asLong()).orElseThrow()).put("price", -1);
        ObjectNode again = data.get("leads", lead.get("id").asLong()).orElseThrow();
        assertThat(again.get("name").asText()).isEqualTo("Website redesign");
        assertThat(again.get("price").asLong()).isEqualTo(12_000);
        assertThat(data.list("contacts")).extracting(c -> c.get("id").asLong()).isSorted();
        assertThat(data.get("leads", 1)).isEmpty();
        assertThatThrownBy(() -> data.list("deals")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createAndUpdateValidateLikeTheApiAndUseTheClock() {
        sandbox.clock().advanceSeconds(10);
        ObjectNode lead = data.create("leads", Http.JSON.createObjectNode().put("name", "Seeded by a test"));
        assertThat(lead.get("created_at").asLong()).isEqualTo(T0 + 10);
        assertThat(new Http(sandbox).get("/api/v4/leads/" + lead.get("id").asLong()).json().get("name").asText())
                .isEqualTo("Seeded by a test");

        sandbox.clock().advanceSeconds(5);
        ObjectNode updated = data.update("leads", lead.get("id").asLong(),
                Http.JSON.createObjectNode().put("price", 9));
        assertThat(updated.get("updated_at").asLong()).isEqualTo(T0 + 15);
        assertThat(updated.get("price").asLong()).isEqualTo(9);

        assertThatThrownBy(() -> data.create("leads", Http.JSON.createObjectNode().put("pipeline_id", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pipeline_id");
        assertThatThrownBy(() -> data.update("leads", 1, Http.JSON.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.create("tasks", Http.JSON.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    }

    @Test
    void newPipelinesGetSystemStagesAndServeLeads() {
        ObjectNode pipeline = data.create("pipelines", Http.JSON.createObjectNode().put("name", "Support")
                .set("_embedded", Http.parse("{\"statuses\":[{\"name\":\"Open\"},{\"name\":\"Waiting\"}]}")));
        long id = pipeline.get("id").asLong();
        assertThat(data.statuses(id)).extracting(s -> s.get("name").asText())
                .containsExactly("Incoming leads", "Open", "Waiting", "Closed - won", "Closed - lost");
        assertThat(data.statuses(id)).extracting(s -> s.get("id").asLong()).endsWith(142L, 143L);

        Http http = new Http(sandbox);
        JsonNode created = http.post("/api/v4/leads", "[{\"pipeline_id\":" + id + "}]").json();
        ObjectNode lead = data.get("leads", created.at("/_embedded/leads/0/id").asLong()).orElseThrow();
        assertThat(lead.get("status_id").asLong()).isEqualTo(data.statuses(id).get(1).get("id").asLong());
    }

    @Test
    void generateBulkSeedsRealisticEntitiesThatTheApiPagesThrough() {
        List<Long> ids = data.generate("leads", 100_000);
        assertThat(ids).hasSize(100_000).doesNotHaveDuplicates().isSorted();
        assertThat(data.count("leads")).isEqualTo(100_006);
        ObjectNode sample = data.get("leads", ids.get(12_345)).orElseThrow();
        assertThat(sample.get("name").asText()).isNotBlank();
        assertThat(sample.get("price").asLong()).isPositive();
        assertThat(sample.get("pipeline_id").asLong()).isEqualTo(data.mainPipelineId());
        assertThat(sample.get("updated_at").asLong()).isBetween(sample.get("created_at").asLong(), T0);

        Http http = new Http(sandbox);
        JsonNode last = http.get("/api/v4/leads?limit=250&page=401").json();
        assertThat(last.at("/_embedded/leads").size()).isEqualTo(6);
        assertThat(last.at("/_links").has("next")).isFalse();
        assertThat(http.get("/api/v4/leads?limit=250&page=402").status()).isEqualTo(204);

        data.generate("contacts", 50);
        data.generate("companies", 20);
        List<Long> tasks = data.generate("tasks", 30);
        assertThat(data.get("tasks", tasks.get(0)).orElseThrow().get("entity_type").asText()).isEqualTo("leads");
        assertThat(data.list("contacts").stream().filter(c -> c.get("custom_fields_values").isArray())
                .collect(Collectors.toList())).hasSizeGreaterThan(50);
        assertThatThrownBy(() -> data.generate("users", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearEmptiesATable() {
        data.clear("tasks");
        assertThat(data.count("tasks")).isZero();
        assertThat(new Http(sandbox).get("/api/v4/tasks").status()).isEqualTo(204);
    }

    @Test
    void theSystemClockCannotBeMoved() {
        SandboxClock system = SandboxClock.system();
        assertThat(system.nowSeconds()).isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(2L));
        assertThatThrownBy(() -> system.advanceSeconds(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> system.set(1)).isInstanceOf(IllegalStateException.class);
        SandboxClock fixed = SandboxClock.fixed(5);
        fixed.advanceSeconds(2);
        assertThat(fixed.nowSeconds()).isEqualTo(7);
    }
}
