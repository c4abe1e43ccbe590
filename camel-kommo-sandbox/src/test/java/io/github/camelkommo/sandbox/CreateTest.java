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

import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreateTest extends SandboxTestSupport {

    @Test
    void createsLeadsWithIdsTimestampsDefaultsAndEchoesRequestIds() {
        sandbox.clock().set(T0 + 42);
        Http.Response response = http.post("/api/v4/leads",
                "[{\"name\":\"First\",\"price\":1500,\"request_id\":\"mine\"},{\"name\":\"Second\"}]");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/hal+json");
        JsonNode body = response.json();
        assertThat(body.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/leads");
        JsonNode items = body.at("/_embedded/leads");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("request_id").asText()).isEqualTo("mine");
        assertThat(items.get(1).get("request_id").asText()).isEqualTo("1");
        long id = items.get(0).get("id").asLong();
        assertThat(items.get(0).at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/leads/" + id);
        assertThat(items.get(1).get("id").asLong()).isGreaterThan(id);

        ObjectNode stored = sandbox.data().get("leads", id).orElseThrow();
        long main = sandbox.data().mainPipelineId();
        assertThat(stored.get("name").asText()).isEqualTo("First");
        assertThat(stored.get("price").asLong()).isEqualTo(1500);
        assertThat(stored.get("pipeline_id").asLong()).isEqualTo(main);
        assertThat(stored.get("status_id").asLong()).isEqualTo(sandbox.data().firstStatusId(main));
        assertThat(stored.get("created_at").asLong()).isEqualTo(T0 + 42);
        assertThat(stored.get("updated_at").asLong()).isEqualTo(T0 + 42);
        assertThat(stored.get("responsible_user_id").asLong()).isEqualTo(sandbox.data().currentUserId());
        assertThat(stored.get("created_by").asLong()).isEqualTo(sandbox.data().currentUserId());
        assertThat(stored.get("account_id").asLong()).isEqualTo(sandbox.data().accountId());
        assertThat(stored.has("request_id")).isFalse();
        assertThat(http.get("/api/v4/leads/" + id).json().get("name").asText()).isEqualTo("First");
    }

    @Test
    void anyInvalidItemRejectsTheWholeRequestWithTheExactValidationShape() {
        int before = sandbox.data().count("leads");
        long otherPipelineStage = sandbox.data().statuses(otherPipeline()).get(1).get("id").asLong();
        Http.Response response = http.post("/api/v4/leads", "[{\"name\":\"fine\"},"
                                                            + "{\"name\":\"bad pipeline\",\"pipeline_id\":1,\"request_id\":\"x\"},"
                                                            + "{\"name\":\"bad types\",\"price\":\"12\",\"status_id\":[5]},"
                                                            + "{\"name\":\"stage of another pipeline\",\"status_id\":"
                                                            + otherPipelineStage + "}]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json()).isEqualTo(Http.parse("{\"validation-errors\":["
                                                         + "{\"request_id\":\"x\",\"errors\":[{\"code\":\"NotSupportedChoice\",\"path\":\"pipeline_id\","
                                                         + "\"detail\":\"The value you selected is not a valid choice.\"}]},"
                                                         + "{\"request_id\":\"2\",\"errors\":["
                                                         + "{\"code\":\"InvalidType\",\"path\":\"price\",\"detail\":\"This value should be of type int.\"},"
                                                         + "{\"code\":\"InvalidType\",\"path\":\"status_id\",\"detail\":\"This value should be of type int.\"}]},"
                                                         + "{\"request_id\":\"3\",\"errors\":[{\"code\":\"NotSupportedChoice\",\"path\":\"status_id\","
                                                         + "\"detail\":\"The value you selected is not a valid choice.\"}]}],"
                                                         + "\"title\":\"Bad Request\",\"type\":\"https://httpstatus.es/400\",\"status\":400,"
                                                         + "\"detail\":\"Request validation failed\"}"));
        assertThat(sandbox.data().count("leads")).isEqualTo(before);
        assertThat(sandbox.data().list("leads")).noneMatch(l -> l.get("name").asText().equals("fine"));
    }

    @Test
    void referencesOfEmbeddedLinksTagsUsersAndCustomFieldsAreChecked() {
        int before = sandbox.data().count("leads");
        Http.Response response = http.post("/api/v4/leads", "[{\"responsible_user_id\":1,"
                                                            + "\"_embedded\":{\"contacts\":[{\"id\":2}],\"companies\":[{\"id\":3}],\"tags\":[{\"id\":4},{}]},"
                                                            + "\"custom_fields_values\":[{\"field_id\":5,\"values\":[{\"value\":\"x\"}]},{\"values\":[]}]}]");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/validation-errors/0/errors").findValuesAsText("path")).containsExactly(
                "responsible_user_id", "custom_fields_values.0.field_id", "custom_fields_values.1.field_id",
                "_embedded.tags.0.id", "_embedded.tags.1.name", "_embedded.contacts.0.id", "_embedded.companies.0.id");
        assertThat(response.json().at("/validation-errors/0/errors").findValuesAsText("code")).containsExactly(
                "NotSupportedChoice", "NotSupportedChoice", "NotBlank", "NotSupportedChoice", "NotBlank",
                "NotSupportedChoice", "NotSupportedChoice");
        assertThat(sandbox.data().count("leads")).isEqualTo(before);
    }

    @Test
    void tagsByNameAreCreatedOnceAndReusedByName() {
        JsonNode created = http.post("/api/v4/leads",
                "[{\"_embedded\":{\"tags\":[{\"name\":\"hot\"},{\"name\":\"vip\"}]}},"
                                                      + "{\"_embedded\":{\"tags\":[{\"name\":\"HOT\"}]}}]")
                .json();
        ObjectNode first = sandbox.data().get("leads", created.at("/_embedded/leads/0/id").asLong()).orElseThrow();
        ObjectNode second = sandbox.data().get("leads", created.at("/_embedded/leads/1/id").asLong()).orElseThrow();
        long hot = first.at("/_embedded/tags/0/id").asLong();
        assertThat(first.at("/_embedded/tags/0/name").asText()).isEqualTo("hot");
        assertThat(second.at("/_embedded/tags/0/id").asLong()).isEqualTo(hot);
        long vip = sandbox.data().list("leads").get(0).at("/_embedded/tags/0/id").asLong();
        assertThat(first.at("/_embedded/tags/1/id").asLong()).isEqualTo(vip);
        assertThat(http.post("/api/v4/leads", "[{\"_embedded\":{\"tags\":[{\"id\":" + hot + "}]}}]").status())
                .isEqualTo(200);
    }

    @Test
    void customFieldsAreNormalisedLikeKommoReturnsThem() {
        JsonNode created = http.post("/api/v4/contacts", "[{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
                                                         + "\"custom_fields_values\":[{\"field_code\":\"PHONE\",\"values\":[{\"value\":\"+44 1\","
                                                         + "\"enum_code\":\"MOB\"}]}]}]")
                .json();
        ObjectNode contact = sandbox.data().get("contacts", created.at("/_embedded/contacts/0/id").asLong())
                .orElseThrow();
        assertThat(contact.get("name").asText()).isEqualTo("Ada Lovelace");
        JsonNode phone = contact.at("/custom_fields_values/0");
        assertThat(phone.get("field_name").asText()).isEqualTo("Phone");
        assertThat(phone.get("field_code").asText()).isEqualTo("PHONE");
        assertThat(phone.get("field_type").asText()).isEqualTo("multitext");
        assertThat(phone.get("field_id").asLong()).isPositive();
        assertThat(phone.at("/values/0/value").asText()).isEqualTo("+44 1");
        assertThat(phone.at("/values/0/enum_code").asText()).isEqualTo("MOB");
        assertThat(phone.at("/values/0/enum_id").asLong()).isPositive();

        Http.Response badEnum = http.post("/api/v4/contacts", "[{\"custom_fields_values\":[{\"field_code\":\"PHONE\","
                                                              + "\"values\":[{\"value\":\"1\",\"enum_code\":\"PAGER\"}]}]}]");
        assertThat(badEnum.json().at("/validation-errors/0/errors/0/path").asText())
                .isEqualTo("custom_fields_values.0.values.0.enum_code");

        long source = sandbox.data().customFields("leads").get(0).get("id").asLong();
        Http.Response badChoice = http.post("/api/v4/leads", "[{\"custom_fields_values\":[{\"field_id\":" + source
                                                             + ",\"values\":[{\"value\":\"Carrier pigeon\"}]}]}]");
        assertThat(badChoice.json().at("/validation-errors/0/errors/0/code").asText()).isEqualTo("NotSupportedChoice");
    }

    @Test
    void tasksNeedTextAndCompleteTillAndAValidTarget() {
        int before = sandbox.data().count("tasks");
        Http.Response missing = http.post("/api/v4/tasks", "[{\"task_type_id\":1}]");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/validation-errors/0/errors")).isEqualTo(Http.parse("["
                                                                                          + "{\"code\":\"NotBlank\",\"path\":\"text\",\"detail\":\"This value should not be blank.\"},"
                                                                                          + "{\"code\":\"NotBlank\",\"path\":\"complete_till\",\"detail\":\"This value should not be blank.\"}]"));

        Http.Response refs = http.post("/api/v4/tasks", "[{\"text\":\"a\",\"complete_till\":1,\"entity_id\":5},"
                                                        + "{\"text\":\"b\",\"complete_till\":1,\"entity_type\":\"customers\",\"entity_id\":5},"
                                                        + "{\"text\":\"c\",\"complete_till\":1,\"entity_type\":\"leads\",\"entity_id\":5},"
                                                        + "{\"text\":\"d\",\"complete_till\":1,\"task_type_id\":99},"
                                                        + "{\"text\":\" \",\"complete_till\":\"tomorrow\",\"is_completed\":\"no\"}]");
        assertThat(refs.json().get("validation-errors").findValuesAsText("path")).containsExactly(
                "entity_type", "entity_type", "entity_id", "task_type_id", "text", "complete_till", "is_completed");
        assertThat(sandbox.data().count("tasks")).isEqualTo(before);

        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        JsonNode ok = http.post("/api/v4/tasks", "[{\"text\":\"Call back\",\"complete_till\":" + (T0 + 3600)
                                                 + ",\"entity_type\":\"leads\",\"entity_id\":" + lead
                                                 + ",\"task_type_id\":2}]")
                .json();
        ObjectNode task = sandbox.data().get("tasks", ok.at("/_embedded/tasks/0/id").asLong()).orElseThrow();
        assertThat(task.get("text").asText()).isEqualTo("Call back");
        assertThat(task.get("complete_till").asLong()).isEqualTo(T0 + 3600);
        assertThat(task.get("entity_id").asLong()).isEqualTo(lead);
        assertThat(task.get("is_completed").asBoolean()).isFalse();
        assertThat(task.get("responsible_user_id").asLong()).isEqualTo(sandbox.data().currentUserId());
    }

    @Test
    void moreThan250ItemsIs422AndNothingIsStored() {
        int before = sandbox.data().count("leads");
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 251; i++) {
            items.add("{\"name\":\"n" + i + "\"}");
        }
        Http.Response response = http.post("/api/v4/leads", items.toString());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(Http.parse("{\"title\":\"Unprocessable Entity\","
                                                         + "\"type\":\"https://httpstatus.es/422\",\"status\":422,\"detail\":\"Limit 250 per page\"}"));
        assertThat(sandbox.data().count("leads")).isEqualTo(before);

        StringJoiner max = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 250; i++) {
            max.add("{\"name\":\"n" + i + "\"}");
        }
        assertThat(http.post("/api/v4/leads", max.toString()).status()).isEqualTo(200);
        assertThat(sandbox.data().count("leads")).isEqualTo(before + 250);
    }

    @Test
    void bodiesThatAreNotANonEmptyJsonArrayAre400() {
        int before = sandbox.data().count("leads");
        assertPlain400(http.post("/api/v4/leads", "{\"name\":\"object\"}"), "Request data must be an array of objects");
        assertPlain400(http.post("/api/v4/leads", "[]"), "Request data can not be empty");
        assertPlain400(http.post("/api/v4/leads", ""), "Request data can not be empty");
        assertPlain400(http.post("/api/v4/leads", "[{"), "Request body is not valid JSON");
        assertPlain400(http.post("/api/v4/leads", "[1,2]"), "Request data must be an array of objects");
        assertPlain400(http.send("POST", "/api/v4/leads", "[{\"name\":\"x\"}]", "Content-Type", "text/plain"),
                "Content-Type must be application/json");
        assertThat(sandbox.data().count("leads")).isEqualTo(before);

        Http.Response numericRequestId = http.post("/api/v4/leads", "[{\"name\":\"x\",\"request_id\":7}]");
        assertThat(numericRequestId.json().at("/validation-errors/0/errors/0/path").asText()).isEqualTo("request_id");
        assertThat(http.send("POST", "/api/v4/leads", "[{\"name\":\"x\"}]", "Content-Type",
                "application/json; charset=utf-8").status()).isEqualTo(200);
    }

    @Test
    void unknownAndReadOnlyFieldsAreRefusedAsNotExpected() {
        int before = sandbox.data().count("companies");
        Http.Response response = http.post("/api/v4/companies", "[{\"name\":\"Initech\",\"id\":1,"
                                                                + "\"account_id\":2,\"is_deleted\":true,\"colour\":\"red\",\"_links\":{}}]");

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().at("/validation-errors/0/errors");
        assertThat(errors.findValuesAsText("path")).containsExactly("id", "account_id", "is_deleted", "colour",
                "_links");
        assertThat(errors.findValuesAsText("code")).containsOnly("FieldNotExpected");
        assertThat(errors.findValuesAsText("detail")).containsOnly("This field was not expected.");
        assertThat(sandbox.data().count("companies")).isEqualTo(before);
    }

    private static void assertPlain400(Http.Response response, String detail) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        assertThat(response.json().has("validation-errors")).isFalse();
    }

    private long otherPipeline() {
        return sandbox.data().list("pipelines").stream().map(p -> p.get("id").asLong())
                .filter(id -> id != sandbox.data().mainPipelineId()).findFirst().orElseThrow();
    }
}
