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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateTest extends SandboxTestSupport {

    private ObjectNode first;
    private ObjectNode second;

    @BeforeEach
    void setUp() {
        first = sandbox.data().list("leads").get(0);
        second = sandbox.data().list("leads").get(1);
    }

    @Test
    void batchPatchUpdatesEveryItemAndBumpsUpdatedAt() {
        sandbox.clock().set(T0 + 500);
        Http.Response response = http.patch("/api/v4/leads", "[{\"id\":" + id(first) + ",\"price\":777},"
                                                             + "{\"id\":" + id(second)
                                                             + ",\"name\":\"Renamed\",\"request_id\":\"r2\"}]");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Http.parse("{\"_links\":{\"self\":{\"href\":\"" + sandbox.baseUrl()
                                                         + "/api/v4/leads\"}},\"_embedded\":{\"leads\":["
                                                         + "{\"id\":" + id(first) + ",\"updated_at\":" + (T0 + 500)
                                                         + ",\"_links\":{\"self\":"
                                                         + "{\"href\":\"" + sandbox.baseUrl() + "/api/v4/leads/"
                                                         + id(first) + "\"}}},"
                                                         + "{\"id\":" + id(second) + ",\"updated_at\":" + (T0 + 500)
                                                         + ",\"request_id\":\"r2\",\"_links\":{\"self\":"
                                                         + "{\"href\":\"" + sandbox.baseUrl() + "/api/v4/leads/"
                                                         + id(second) + "\"}}}]}}"));
        ObjectNode one = sandbox.data().get("leads", id(first)).orElseThrow();
        ObjectNode two = sandbox.data().get("leads", id(second)).orElseThrow();
        assertThat(one.get("price").asLong()).isEqualTo(777);
        assertThat(one.get("name").asText()).isEqualTo(first.get("name").asText());
        assertThat(one.get("updated_at").asLong()).isEqualTo(T0 + 500);
        assertThat(one.get("created_at")).isEqualTo(first.get("created_at"));
        assertThat(two.get("name").asText()).isEqualTo("Renamed");
        assertThat(two.get("price")).isEqualTo(second.get("price"));
    }

    @Test
    void patchAnswersHaveEachEntitysDocumentedShape() {
        long contact = id(sandbox.data().list("contacts").get(0));
        long company = id(sandbox.data().list("companies").get(0));
        long task = id(sandbox.data().list("tasks").get(0));

        JsonNode contactAnswer = http.patch("/api/v4/contacts/" + contact, "{\"first_name\":\"Jo\"}").json();
        assertThat(contactAnswer.at("/_links/self/href").asText()).isEqualTo(sandbox.baseUrl() + "/api/v4/contacts");
        assertThat(contactAnswer.at("/_embedded/contacts/0").fieldNames()).toIterable()
                .containsExactly("id", "name", "updated_at", "_links");
        JsonNode companies = http.patch("/api/v4/companies", "[{\"id\":" + company + ",\"name\":\"Acme 2\"}]").json();
        assertThat(companies.at("/_embedded/companies/0/name").asText()).isEqualTo("Acme 2");
        assertThat(companies.at("/_embedded/companies/0").has("request_id")).isFalse();
        JsonNode tasks = http.patch("/api/v4/tasks", "[{\"id\":" + task + ",\"text\":\"Call\"}]").json();
        assertThat(tasks.at("/_embedded/tasks/0/request_id").asText()).isEqualTo("0");
        JsonNode oneTask = http.patch("/api/v4/tasks/" + task, "{\"is_completed\":true}").json();
        assertThat(oneTask.fieldNames()).toIterable().containsExactly("id", "updated_at", "request_id", "_links");
    }

    @Test
    void batchPatchIsAllOrNothing() {
        Http.Response response = http.patch("/api/v4/leads", "[{\"id\":" + id(first) + ",\"price\":1},"
                                                             + "{\"price\":2},{\"id\":1,\"price\":3},{\"id\":\"x\"}]");
        assertThat(response.status()).isEqualTo(400);
        JsonNode groups = response.json().get("validation-errors");
        assertThat(groups.findValuesAsText("request_id")).containsExactly("1", "2", "3");
        assertThat(groups.findValuesAsText("path")).containsExactly("id", "id", "id");
        assertThat(groups.findValuesAsText("code")).containsExactly("NotBlank", "NotSupportedChoice", "InvalidType");
        assertThat(sandbox.data().get("leads", id(first)).orElseThrow()).isEqualTo(first);
    }

    @Test
    void singlePatchAnswersTheObjectFormAndClosesAndReopensLeads() {
        sandbox.clock().set(T0 + 60);
        Http.Response won = http.patch("/api/v4/leads/" + id(first), "{\"status_id\":142}");
        assertThat(won.status()).isEqualTo(200);
        assertThat(won.json()).isEqualTo(Http.parse("{\"id\":" + id(first) + ",\"updated_at\":" + (T0 + 60)
                                                    + ",\"_links\":{\"self\":{\"href\":\"" + sandbox.baseUrl()
                                                    + "/api/v4/leads/" + id(first) + "\"}}}"));
        ObjectNode closed = sandbox.data().get("leads", id(first)).orElseThrow();
        assertThat(closed.get("status_id").asLong()).isEqualTo(142);
        assertThat(closed.get("closed_at").asLong()).isEqualTo(T0 + 60);

        sandbox.clock().set(T0 + 120);
        http.patch("/api/v4/leads/" + id(first), "{\"status_id\":" + first.get("status_id").asLong() + "}");
        ObjectNode reopened = sandbox.data().get("leads", id(first)).orElseThrow();
        assertThat(reopened.get("closed_at").isNull()).isTrue();
        assertThat(reopened.get("updated_at").asLong()).isEqualTo(T0 + 120);
    }

    @Test
    void singlePatchOfAnUnknownIdOrWithANonObjectBodyIs400() {
        Http.Response unknown = http.patch("/api/v4/leads/1", "{\"price\":1}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/validation-errors/0/errors/0/code").asText()).isEqualTo("NotSupportedChoice");
        assertThat(http.patch("/api/v4/leads/" + id(first), "[{\"price\":1}]").status()).isEqualTo(400);
        assertThat(http.patch("/api/v4/leads/" + id(first), "{\"price\":1.5}").json()
                .at("/validation-errors/0/errors/0/path").asText()).isEqualTo("price");
    }

    @Test
    void tagsInAPatchReplaceTheSetAndNullDetachesAll() {
        assertThat(first.at("/_embedded/tags/0/name").asText()).isEqualTo("vip");
        http.patch("/api/v4/leads/" + id(first), "{\"_embedded\":{\"tags\":[{\"name\":\"hot\"}]}}");
        assertThat(sandbox.data().get("leads", id(first)).orElseThrow().at("/_embedded/tags").findValuesAsText("name"))
                .containsExactly("hot");
        http.patch("/api/v4/leads/" + id(first), "{\"price\":3}");
        assertThat(sandbox.data().get("leads", id(first)).orElseThrow().at("/_embedded/tags").size()).isEqualTo(1);
        http.patch("/api/v4/leads/" + id(first), "{\"_embedded\":{\"tags\":null}}");
        assertThat(sandbox.data().get("leads", id(first)).orElseThrow().at("/_embedded/tags").size()).isZero();
    }

    @Test
    void movingToAnotherPipelineWithoutAStatusLandsInItsFirstStage() {
        long other = sandbox.data().list("pipelines").get(1).get("id").asLong();
        http.patch("/api/v4/leads/" + id(first), "{\"pipeline_id\":" + other + "}");
        ObjectNode moved = sandbox.data().get("leads", id(first)).orElseThrow();
        assertThat(moved.get("pipeline_id").asLong()).isEqualTo(other);
        assertThat(moved.get("status_id").asLong()).isEqualTo(sandbox.data().firstStatusId(other));
    }

    @Test
    void customFieldsMergeByField() {
        ObjectNode contact = sandbox.data().list("contacts").get(0);
        http.patch("/api/v4/contacts/" + id(contact), "{\"custom_fields_values\":[{\"field_code\":\"EMAIL\","
                                                      + "\"values\":[{\"value\":\"new@acme.example\"}]}]}");
        JsonNode values = sandbox.data().get("contacts", id(contact)).orElseThrow().get("custom_fields_values");
        assertThat(values.findValuesAsText("field_code")).containsExactly("PHONE", "EMAIL");
        assertThat(values.at("/1/values/0/value").asText()).isEqualTo("new@acme.example");

        http.patch("/api/v4/contacts/" + id(contact), "{\"custom_fields_values\":[{\"field_code\":\"PHONE\","
                                                      + "\"values\":[]}]}");
        assertThat(sandbox.data().get("contacts", id(contact)).orElseThrow().get("custom_fields_values")
                .findValuesAsText("field_code")).containsExactly("EMAIL");
    }

    /**
     * {@code "values": null} clears a field, and a PATCH changes only the fields it names: amocrm-api-php#352 (the
     * maintainer: "Обновляются только переданные значения. Для того, что бы очистить поле нужно передать null"),
     * the PHP library's NullCustomFieldValueCollection (toApi() is null; BaseCustomFieldValuesModel::toApi 149–157
     * sends it as {@code values}), amocrm-api-php#585 and PR #615.
     */
    @Test
    void valuesNullClearsThatFieldAndLeavesTheOthers() {
        ObjectNode contact = sandbox.data().list("contacts").get(0);
        Http.Response cleared = http.patch("/api/v4/contacts/" + id(contact),
                "{\"custom_fields_values\":[{\"field_code\":\"EMAIL\",\"values\":null}]}");
        assertThat(cleared.status()).isEqualTo(200);
        JsonNode values = sandbox.data().get("contacts", id(contact)).orElseThrow().get("custom_fields_values");
        assertThat(values.findValuesAsText("field_code")).containsExactly("PHONE");
        assertThat(values.at("/0/values/0/value").asText())
                .isEqualTo(contact.at("/custom_fields_values/0/values/0/value")
                        .asText());

        http.patch("/api/v4/contacts", "[{\"id\":" + id(contact) + ",\"custom_fields_values\":[{\"field_id\":"
                                       + values.at("/0/field_id").asLong() + ",\"values\":null}]}]");
        assertThat(sandbox.data().get("contacts", id(contact)).orElseThrow().get("custom_fields_values").isNull())
                .as("no values left: null, as Kommo answers an entity without values").isTrue();
    }

    /**
     * A date field's value is unix seconds or RFC 3339 text (amoCRM custom-fields reference, "date, date_time,
     * birthday": "Unix Timestamp отметка или время в формате RFC-3339"); the PHP library writes the text form
     * (DateCustomFieldValueModel::toApi, {@code format(DateTime::RFC3339)}). Kommo answers seconds either way; other
     * text is refused.
     */
    @Test
    void aDateIsUnixSecondsOrRfc3339TextAndIsAnsweredInSeconds() {
        ObjectNode lead = sandbox.data().list("leads").get(0);
        long delivery = sandbox.data().customFields("leads").stream()
                .filter(f -> f.get("name").asText().equals("Expected delivery")).findFirst().orElseThrow()
                .get("id").asLong();
        String rfc3339 = "2026-05-08T00:00:00+03:00";
        Http.Response written = http.patch("/api/v4/leads/" + id(lead), "{\"custom_fields_values\":[{\"field_id\":"
                                                                        + delivery + ",\"values\":[{\"value\":\""
                                                                        + rfc3339 + "\"}]}]}");
        assertThat(written.status()).isEqualTo(200);
        JsonNode stored = http.get("/api/v4/leads/" + id(lead)).json().get("custom_fields_values");
        JsonNode value = stored.get(stored.findValuesAsText("field_id").indexOf(String.valueOf(delivery)))
                .at("/values/0/value");
        assertThat(value.isIntegralNumber()).isTrue();
        assertThat(value.asLong()).isEqualTo(java.time.OffsetDateTime.parse(rfc3339).toEpochSecond());

        for (String text : List.of("tomorrow", "2026-05-08", "1778187600")) {
            Http.Response refused = http.patch("/api/v4/leads/" + id(lead), "{\"custom_fields_values\":[{\"field_id\":"
                                                                            + delivery + ",\"values\":[{\"value\":\""
                                                                            + text + "\"}]}]}");
            assertThat(refused.status()).as(text).isEqualTo(400);
            assertThat(refused.body()).as(text).contains("InvalidType", "custom_fields_values.0.values.0.value");
        }
    }

    @Test
    void completingATaskStoresItsResultAndAnOpenTasksResultIsAnEmptyArray() {
        ObjectNode task = sandbox.data().list("tasks").get(0);
        assertThat(http.get("/api/v4/tasks/" + id(task)).body()).contains("\"result\":[]");
        long created = http.post("/api/v4/tasks", "[{\"text\":\"New\",\"complete_till\":" + (T0 + 60) + "}]")
                .json().at("/_embedded/tasks/0/id").asLong();
        assertThat(sandbox.data().get("tasks", created).orElseThrow().get("result").isArray()).isTrue();
        Http.Response response = http.patch("/api/v4/tasks", "[{\"id\":" + id(task)
                                                             + ",\"is_completed\":true,\"result\":{\"text\":\"Done, he agreed\"}}]");
        assertThat(response.status()).isEqualTo(200);
        ObjectNode done = sandbox.data().get("tasks", id(task)).orElseThrow();
        assertThat(done.get("is_completed").asBoolean()).isTrue();
        assertThat(done.at("/result/text").asText()).isEqualTo("Done, he agreed");
        assertThat(http.patch("/api/v4/tasks/" + id(task), "{\"text\":\"\"}").json()
                .at("/validation-errors/0/errors/0/code").asText()).isEqualTo("NotBlank");
    }

    @Test
    void anExplicitUpdatedAtIsKept() {
        sandbox.clock().set(T0 + 900);
        http.patch("/api/v4/companies/" + id(sandbox.data().list("companies").get(0)),
                "{\"name\":\"Acme Inc\",\"updated_at\":" + (T0 + 5) + "}");
        assertThat(sandbox.data().list("companies").get(0).get("updated_at").asLong()).isEqualTo(T0 + 5);
    }

    private static long id(JsonNode node) {
        return node.get("id").asLong();
    }
}
