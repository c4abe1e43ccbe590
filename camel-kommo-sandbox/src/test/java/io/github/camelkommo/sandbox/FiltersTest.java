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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every documented filter is served; any other filter key or order field is a 400 naming it. */
class FiltersTest extends SandboxTestSupport {

    private static final long DAY = 86_400;

    @Test
    void undocumentedFiltersAndSuffixesAre400NamingTheParameter() {
        for (String query : List.of("leads?filter[foo]=1", "leads?filter[id][from]=1", "leads?filter=1",
                "tasks?filter[created_at][from]=1", "tasks?filter[is_completed][from]=1", "users?filter[id]=1",
                "contacts?filter[price]=1", "companies?filter[statuses][0][pipeline_id]=1")) {
            Http.Response response = http.get("/api/v4/" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            String key = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            assertThat(response.json().get("detail").asText()).as(query).contains(key);
        }
        assertThat(http.get("/api/v4/leads?foo=bar").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/tasks?filter[task_type][]=2850001&filter[is_completed][]=1").json()
                .at("/_embedded/tasks").size()).isEqualTo(1);
    }

    @Test
    void ordersOutsideTheDocumentedFieldsAre400() {
        assertThat(http.get("/api/v4/tasks?order[updated_at]=asc").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/tasks?order[updated_at]=asc").json().get("detail").asText())
                .contains("order[updated_at]");
        assertThat(http.get("/api/v4/leads?order[name]=asc").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/leads?order=id").status()).isEqualTo(400);
        JsonNode byDeadline = http.get("/api/v4/tasks?order[complete_till]=desc").json().at("/_embedded/tasks");
        List<Long> tills = values(byDeadline, "complete_till");
        assertThat(tills).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(http.get("/api/v4/tasks?order[created_at]=asc").status()).isEqualTo(200);
    }

    @Test
    void customFieldValuesAndRanges() {
        long source = leadField("Source");
        long referral = sandbox.data().customFields("leads").stream().filter(f -> f.get("id").asLong() == source)
                .findFirst().orElseThrow().get("enums").get(1).get("id").asLong();
        JsonNode referrals = http.get("/api/v4/leads?filter[custom_fields_values][" + source + "][]=" + referral)
                .json();
        assertThat(values(referrals.at("/_embedded/leads"), "name").size()).isEqualTo(2);
        assertThat(names(referrals.at("/_embedded/leads")))
                .containsExactly("CRM rollout", "Reseller agreement");

        long discount = leadField("Discount");
        http.post("/api/v4/leads", "[{\"name\":\"five\",\"custom_fields_values\":[{\"field_id\":" + discount
                                   + ",\"values\":[{\"value\":5}]}]},{\"name\":\"fifteen\",\"custom_fields_values\":[{\"field_id\":"
                                   + discount + ",\"values\":[{\"value\":\"15\"}]}]}]");
        JsonNode big = http.get("/api/v4/leads?filter[custom_fields_values][" + discount + "][from]=10").json();
        assertThat(names(big.at("/_embedded/leads"))).containsExactly("fifteen");
        JsonNode small = http.get("/api/v4/leads?filter[custom_fields_values][" + discount + "][from]=1"
                                  + "&filter[custom_fields_values][" + discount + "][to]=9")
                .json();
        assertThat(names(small.at("/_embedded/leads"))).containsExactly("five");

        JsonNode phone = http.get("/api/v4/contacts?filter[custom_fields_values][" + contactField("PHONE")
                                  + "]=%2B1%20555%200201")
                .json();
        assertThat(names(phone.at("/_embedded/contacts"))).containsExactly("Maria Garcia");
        assertThat(http.get("/api/v4/leads?filter[custom_fields_values][1][]=x").status()).isEqualTo(400);
    }

    @Test
    void closestTaskAtFollowsTheOpenTasksAndFilters() {
        long first = sandbox.data().list("leads").get(0).get("id").asLong();
        assertThat(sandbox.data().get("leads", first).orElseThrow().get("closest_task_at").asLong())
                .isEqualTo(T0 + DAY);
        JsonNode soon = http.get("/api/v4/leads?filter[closest_task_at][from]=" + T0 + "&filter[closest_task_at][to]="
                                 + (T0 + DAY))
                .json();
        assertThat(names(soon.at("/_embedded/leads"))).containsExactly("Website redesign");

        long li = sandbox.data().list("contacts").get(2).get("id").asLong();
        long task = http.post("/api/v4/tasks", "[{\"text\":\"Call Li\",\"complete_till\":" + (T0 + 5 * DAY)
                                               + ",\"entity_type\":\"contacts\",\"entity_id\":" + li + "}]")
                .json().at("/_embedded/tasks/0/id")
                .asLong();
        assertThat(http.get("/api/v4/contacts/" + li).json().get("closest_task_at").asLong()).isEqualTo(T0 + 5 * DAY);
        assertThat(names(http.get("/api/v4/contacts?filter[closest_task_at][from]=" + T0).json()
                .at("/_embedded/contacts"))).containsExactly("Li Wei");
        http.patch("/api/v4/tasks/" + task, "{\"is_completed\":true,\"result\":{\"text\":\"done\"}}");
        assertThat(http.get("/api/v4/contacts/" + li).json().get("closest_task_at").isNull()).isTrue();
        assertThat(http.get("/api/v4/contacts?filter[closest_task_at][from]=" + T0).status()).isEqualTo(204);
    }

    @Test
    void aTasksLoneUpdatedAtMeansEditedAfterIt() {
        List<Long> updated = values(http.get("/api/v4/tasks").json().at("/_embedded/tasks"), "updated_at");
        long middle = updated.get(1);
        JsonNode after = http.get("/api/v4/tasks?filter[updated_at]=" + middle).json();
        assertThat(values(after.at("/_embedded/tasks"), "updated_at")).allMatch(u -> u > middle).isNotEmpty();
        JsonNode range = http.get("/api/v4/tasks?filter[updated_at][from]=" + middle + "&filter[updated_at][to]="
                                  + middle)
                .json();
        assertThat(values(range.at("/_embedded/tasks"), "updated_at")).containsExactly(middle);
    }

    @Test
    void aTasksEntityIdNeedsTheEntityType() {
        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        assertThat(http.get("/api/v4/tasks?filter[entity_id]=" + lead).status()).isEqualTo(400);
        JsonNode tasks = http.get("/api/v4/tasks?filter[entity_type]=leads&filter[entity_id][]=" + lead).json();
        assertThat(tasks.at("/_embedded/tasks").size()).isEqualTo(1);
    }

    private long leadField(String name) {
        return sandbox.data().customFields("leads").stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long contactField(String code) {
        return sandbox.data().customFields("contacts").stream().filter(f -> code.equals(f.path("code").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    private static List<Long> values(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asLong()));
        return out;
    }
}
