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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The events the sandbox records for its own changes, and the events list with its filters. */
class EventsTest extends SandboxTestSupport {

    @Test
    void recordsTheChangesInOrder() {
        assertThat(http.get("/api/v4/events").status()).isEqualTo(204); // the seed records nothing
        long lead = http.post("/api/v4/leads", "[{\"name\":\"E\"}]").json().at("/_embedded/leads/0/id").asLong();
        sandbox.clock().advanceSeconds(10);
        long bob = sandbox.data().list("users").get(1).get("id").asLong();
        long main = sandbox.data().mainPipelineId();
        long from = sandbox.data().get("leads", lead).orElseThrow().get("status_id").asLong();
        http.patch("/api/v4/leads/" + lead, "{\"status_id\":142,\"responsible_user_id\":" + bob
                                            + ",\"_embedded\":{\"tags\":[{\"name\":\"hot\"}]}}");
        http.post("/api/v4/leads/" + lead + "/notes", "[{\"note_type\":\"common\",\"params\":{\"text\":\"n\"}}]");
        sandbox.data().delete("leads", lead);
        sandbox.data().restore("leads", lead);

        List<ObjectNode> events = sandbox.data().events();
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("lead_added",
                "lead_status_changed", "entity_responsible_changed", "entity_tag_added", "common_note_added",
                "lead_deleted", "lead_restored");
        assertThat(events.get(0).get("created_at").asLong()).isEqualTo(T0);
        assertThat(events.get(1).get("created_at").asLong()).isEqualTo(T0 + 10);
        assertThat(events.get(1).get("value_before").toString()).isEqualTo("[{\"lead_status\":{\"id\":" + from
                                                                           + ",\"pipeline_id\":" + main + "}}]");
        assertThat(events.get(1).get("value_after").toString()).isEqualTo("[{\"lead_status\":{\"id\":142,"
                                                                          + "\"pipeline_id\":" + main + "}}]");
        assertThat(events.get(2).at("/value_after/0/responsible_user/id").asLong()).isEqualTo(bob);
        assertThat(events.get(3).at("/value_after/0/tag/name").asText()).isEqualTo("hot");
        assertThat(events.get(4).at("/value_after/0/note/id").asLong()).isPositive();

        JsonNode listed = http.get("/api/v4/events?limit=2").json();
        JsonNode first = listed.at("/_embedded/events/0");
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "type", "entity_id", "entity_type",
                "created_by", "created_at", "value_after", "value_before", "account_id", "_links", "_embedded");
        String id = first.get("id").asText();
        assertThat(id).matches("[0-9a-z]{26}");
        assertThat(first.get("entity_type").asText()).isEqualTo("lead");
        assertThat(first.at("/_embedded/entity/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + lead);
        assertThat(first.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/events/" + id);
        assertThat(listed.at("/_links/next/href").asText()).endsWith("/api/v4/events?page=2&limit=2");
        assertThat(http.get("/api/v4/events/" + id).json()).isEqualTo(first);
        assertThat(http.get("/api/v4/events/01aaaaaaaaaaaaaaaaaaaaaaaa").status()).isEqualTo(204);
    }

    @Test
    void filtersAsDocumented() {
        long lead = http.post("/api/v4/leads", "[{\"name\":\"E\"}]").json().at("/_embedded/leads/0/id").asLong();
        http.post("/api/v4/contacts", "[{\"name\":\"C\"}]");
        sandbox.clock().advanceSeconds(100);
        http.patch("/api/v4/leads/" + lead, "{\"status_id\":143}");
        long main = sandbox.data().mainPipelineId();

        assertThat(types("/api/v4/events?filter[entity][]=lead")).containsExactly("lead_added",
                "lead_status_changed");
        assertThat(types("/api/v4/events?filter[entity]=lead,contact")).hasSize(3);
        assertThat(types("/api/v4/events?filter[entity]=contact&filter[type]=contact_added,lead_added"))
                .containsExactly("contact_added");
        assertThat(types("/api/v4/events?filter[entity][]=lead&filter[entity_id][]=" + lead)).hasSize(2);
        assertThat(types("/api/v4/events?filter[created_at]=" + T0)).containsExactly("lead_status_changed");
        assertThat(types("/api/v4/events?filter[created_at][from]=" + T0 + "&filter[created_at][to]=" + T0))
                .hasSize(2);
        assertThat(types("/api/v4/events?filter[created_by][]=" + sandbox.data().currentUserId())).hasSize(3);
        assertThat(types("/api/v4/events?filter[value_after][leads_statuses][0][pipeline_id]=" + main
                         + "&filter[value_after][leads_statuses][0][status_id]=143"))
                .containsExactly("lead_status_changed");
        assertThat(http.get("/api/v4/events?filter[value_after][leads_statuses][0][status_id]=143").status())
                .isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[type]=lead_deleted").status()).isEqualTo(204);

        assertThat(http.get("/api/v4/events?filter[entity][]=leads").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[entity_id][]=" + lead).status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[entity]=lead,contact&filter[entity_id]=" + lead).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[entity]=lead&filter[entity_id]=1,2,3,4,5,6,7,8,9,10,11")
                .status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[value_after][value]=1").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?filter[foo]=1").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?order[created_at]=desc").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events?limit=100").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/events?limit=101").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/events/types").status()).isEqualTo(404);
    }

    private List<String> types(String path) {
        Http.Response response = http.get(path);
        assertThat(response.status()).as("%s answered %s", path, response).isEqualTo(200);
        return response.json().at("/_embedded/events").findValuesAsText("type");
    }
}
