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
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Get by id, pipelines and statuses, account and users. */
class ReadEndpointsTest {

    @RegisterExtension
    static final KommoSandboxExtension KOMMO = KommoSandboxExtension
            .create(KommoSandbox.builder().requestsPerSecond(0));

    @Test
    void getByIdAnswersTheEntityWithLinksAndAllDocumentedFields(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        ObjectNode stored = sandbox.data().list("leads").get(0);
        JsonNode lead = http.get("/api/v4/leads/" + stored.get("id").asLong()).json();

        assertThat(lead.get("name").asText()).isEqualTo("Website redesign");
        List<String> fields = List.of("id", "name", "price", "responsible_user_id", "group_id", "status_id",
                "pipeline_id", "loss_reason_id", "created_by", "updated_by", "created_at", "updated_at", "closed_at",
                "closest_task_at", "is_deleted", "custom_fields_values", "score", "account_id", "labor_cost",
                "_links", "_embedded");
        assertThat(lead.fieldNames()).toIterable().containsExactlyElementsOf(fields);
        assertThat(lead.at("/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + stored.get("id").asLong());
        assertThat(lead.at("/_embedded/tags/0/name").asText()).isEqualTo("vip");
        assertThat(lead.at("/_embedded/companies/0/_links/self/href").asText()).contains("/api/v4/companies/");
        assertThat(lead.get("account_id").asLong()).isEqualTo(sandbox.data().accountId());
        assertThat(lead.at("/custom_fields_values/0/field_name").asText()).isEqualTo("Source");
        assertThat(lead.get("created_at").asLong()).isLessThan(lead.get("updated_at").asLong());

        JsonNode contact = http.get("/api/v4/contacts/" + sandbox.data().list("contacts").get(0).get("id").asLong())
                .json();
        assertThat(contact.get("first_name").asText()).isEqualTo("John");
        assertThat(contact.at("/custom_fields_values/0/field_code").asText()).isEqualTo("PHONE");
        assertThat(contact.at("/custom_fields_values/0/values/0/enum_code").asText()).isEqualTo("WORK");
        assertThat(contact.at("/_embedded/companies").size()).isEqualTo(1);

        JsonNode task = http.get("/api/v4/tasks/" + sandbox.data().list("tasks").get(0).get("id").asLong()).json();
        assertThat(task.get("entity_type").asText()).isEqualTo("leads");
        assertThat(task.get("is_completed").asBoolean()).isFalse();
        assertThat(task.has("_embedded")).isFalse();
        assertThat(task.get("result").isArray()).isTrue();
        assertThat(task.get("result").isEmpty()).isTrue();
        long completed = sandbox.data().list("tasks").get(2).get("id").asLong();
        JsonNode done = http.get("/api/v4/tasks/" + completed).json();
        assertThat(done.at("/result/text").asText()).isEqualTo("Quote sent by e-mail");
    }

    @Test
    void aMissingIdIs204(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        for (String path : List.of("/api/v4/leads/1", "/api/v4/contacts/1", "/api/v4/companies/1", "/api/v4/tasks/1",
                "/api/v4/users/1", "/api/v4/leads/pipelines/1", "/api/v4/leads/pipelines/1/statuses")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(204);
            assertThat(response.body()).as(path).isEmpty();
        }
    }

    @Test
    void pipelinesCarryTheirStatusesWithIncomingFirstAndWonLostLast(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        JsonNode list = http.get("/api/v4/leads/pipelines").json();
        assertThat(list.get("_total_items").asInt()).isEqualTo(2);
        assertThat(list.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/leads/pipelines");
        JsonNode main = list.at("/_embedded/pipelines/0");
        assertThat(main.get("is_main").asBoolean()).isTrue();
        assertThat(main.get("id").asLong()).isEqualTo(sandbox.data().mainPipelineId());

        JsonNode statuses = main.at("/_embedded/statuses");
        assertThat(statuses.get(0).get("type").asInt()).isEqualTo(1);
        assertThat(statuses.get(0).get("id").asLong())
                .isEqualTo(sandbox.data().incomingStatusId(main.get("id").asLong()));
        assertThat(statuses.get(1).get("type").asInt()).isZero();
        assertThat(statuses.get(statuses.size() - 2).get("id").asLong()).isEqualTo(142);
        assertThat(statuses.get(statuses.size() - 1).get("id").asLong()).isEqualTo(143);

        long id = main.get("id").asLong();
        assertThat(http.get("/api/v4/leads/pipelines/" + id).json().get("name").asText()).isEqualTo("Sales");
        JsonNode own = http.get("/api/v4/leads/pipelines/" + id + "/statuses").json();
        assertThat(own.get("_total_items").asInt()).isEqualTo(statuses.size());
        assertThat(own.at("/_embedded/statuses/1/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/pipelines/" + id + "/statuses/"
                           + statuses.get(1).get("id").asLong());
        assertThat(http.get("/api/v4/leads/pipelines/" + id + "/statuses/142").json().get("pipeline_id").asLong())
                .isEqualTo(id);
    }

    @Test
    void accountAddsTheRequestedExtras(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        JsonNode plain = http.get("/api/v4/account").json();
        assertThat(plain.get("subdomain").asText()).isEqualTo(sandbox.subdomain()).isEqualTo("sandbox");
        assertThat(plain.get("current_user_id").asLong()).isEqualTo(sandbox.data().currentUserId());
        assertThat(plain.has("amojo_id")).isFalse();
        assertThat(plain.has("_embedded")).isFalse();

        JsonNode with = http.get("/api/v4/account?with=amojo_id,task_types,users_groups,datetime_settings,version")
                .json();
        assertThat(with.get("amojo_id").isTextual()).isTrue();
        assertThat(with.get("version").isInt()).isTrue();
        assertThat(with.at("/_embedded/task_types").findValues("id")).extracting(JsonNode::asLong)
                .contains(1L, 2L);
        assertThat(with.at("/_embedded/users_groups/0/name").asText()).isEqualTo("Sales department");
        assertThat(with.at("/_embedded/datetime_settings/timezone").asText()).isEqualTo("UTC");
    }

    @Test
    void usersByIdAndList(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        long current = sandbox.data().currentUserId();
        JsonNode me = http.get("/api/v4/users/" + current).json();
        assertThat(me.get("name").asText()).isEqualTo("Alice Admin");
        assertThat(me.at("/rights/leads/view").asText()).isEqualTo("A");
        assertThat(http.get("/api/v4/users").json().at("/_embedded/users").size()).isEqualTo(3);
    }

    @Test
    void withAddsWhatTheReferenceMarksAsRequiringIt(KommoSandbox sandbox) {
        Http http = new Http(sandbox);
        long lost = sandbox.data().list("leads").get(4).get("id").asLong();
        assertThat(http.get("/api/v4/leads/" + lost).json().has("source_id")).isFalse();
        JsonNode lead = http.get("/api/v4/leads/" + lost
                                 + "?with=source_id,is_price_modified_by_robot,loss_reason,catalog_elements")
                .json();
        assertThat(lead.get("source_id").isNull()).isTrue();
        assertThat(lead.get("is_price_modified_by_robot").asBoolean()).isFalse();
        assertThat(lead.at("/_embedded/loss_reason/0/id").asLong()).isEqualTo(lead.get("loss_reason_id").asLong());
        assertThat(lead.at("/_embedded/loss_reason/0/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads/loss_reasons/" + lead.get("loss_reason_id").asLong());
        assertThat(lead.at("/_embedded/catalog_elements").isArray()).isTrue();
        long open = sandbox.data().list("leads").get(0).get("id").asLong();
        assertThat(http.get("/api/v4/leads/" + open + "?with=loss_reason").json().at("/_embedded").has("loss_reason"))
                .isFalse();

        JsonNode users = http.get("/api/v4/users?with=role,group").json().at("/_embedded/users");
        assertThat(users.at("/0/_embedded/roles").isEmpty()).isTrue();
        assertThat(users.at("/0/_embedded/groups/0/name").asText()).isEqualTo("Sales department");
        assertThat(users.at("/1/_embedded/roles/0/name").asText()).isEqualTo("Sales manager");
        assertThat(users.at("/1/_embedded/roles/0/_links/self/href").asText()).contains("/api/v4/roles/");
        assertThat(users.at("/1/_embedded/groups/0/name").asText()).isEqualTo("Managers");
        assertThat(http.get("/api/v4/users").json().at("/_embedded/users/0").has("_embedded")).isFalse();

        long main = sandbox.data().mainPipelineId();
        long stage = sandbox.data().firstStatusId(main);
        String status = "/api/v4/leads/pipelines/" + main + "/statuses/" + stage;
        assertThat(http.get(status).json().has("descriptions")).isFalse();
        JsonNode described = http.get(status + "?with=descriptions").json();
        assertThat(described.at("/descriptions").findValuesAsText("level"))
                .containsExactly("newbie", "candidate", "master");
        assertThat(described.at("/descriptions/0/created_at").asText())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }
}
