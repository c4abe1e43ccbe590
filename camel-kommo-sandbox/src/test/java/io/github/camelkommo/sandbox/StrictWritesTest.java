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

/** Writes accept only the keys Kommo accepts per entity and write (docs/sandbox.md, "What Kommo really accepts"). */
class StrictWritesTest extends SandboxTestSupport {

    @Test
    void everyUnexpectedKeyIsRefusedRecursivelyWithKommosPathsGroupedByRequestId() {
        int before = sandbox.data().count("leads");
        long comment = leadField("Comment");
        Http.Response response = http.post("/api/v4/leads", "[{\"name\":\"fine\",\"request_id\":\"ok\"},"
                                                            + "{\"name\":\"odd\",\"request_id\":\"r1\",\"group_id\":0,"
                                                            + "\"_embedded\":{\"tags\":[{\"name\":\"t\",\"color\":\"red\"}],\"catalog_elements\":[]},"
                                                            + "\"custom_fields_values\":[{\"field_id\":" + comment
                                                            + ",\"field_name\":\"Comment\","
                                                            + "\"field_type\":\"text\","
                                                            + "\"values\":[{\"value\":\"x\",\"enum_code\":\"A\",\"subtype\":\"city\"}]}]}]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("validation-errors").size()).isEqualTo(1);
        assertThat(body.at("/validation-errors/0/request_id").asText()).isEqualTo("r1");
        assertThat(body.at("/validation-errors/0/errors")).isEqualTo(Http.parse("["
                                                                                + notExpected("group_id") + ","
                                                                                + notExpected("_embedded.tags.0.color")
                                                                                + ","
                                                                                + notExpected(
                                                                                        "_embedded.catalog_elements")
                                                                                + ","
                                                                                + notExpected(
                                                                                        "custom_fields_values.0.field_type")
                                                                                + ","
                                                                                + notExpected(
                                                                                        "custom_fields_values.0.values.0.enum_code")
                                                                                + ","
                                                                                + notExpected(
                                                                                        "custom_fields_values.0.values.0.subtype")
                                                                                + "]"));
        assertThat(body.get("detail").asText()).isEqualTo("Request validation failed");
        assertThat(sandbox.data().count("leads")).isEqualTo(before);
    }

    @Test
    void valueKeysFollowTheFieldType() {
        long source = leadField("Source");
        long comment = leadField("Comment");
        Http.Response ok = http.post("/api/v4/leads", "[{\"custom_fields_values\":["
                                                      + "{\"field_id\":" + source
                                                      + ",\"values\":[{\"enum_code\":\"Website\"}]},"
                                                      + "{\"field_code\":null,\"field_id\":" + comment
                                                      + ",\"values\":[{\"value\":\"hi\"}]}]}]");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);

        Http.Response phone = http.post("/api/v4/contacts", "[{\"first_name\":\"A\",\"custom_fields_values\":["
                                                            + "{\"field_code\":\"PHONE\",\"values\":[{\"value\":\"+1\",\"enum_code\":\"WORK\",\"enum_id\":null,"
                                                            + "\"field_type\":\"multitext\"}]}]}]");
        assertThat(phone.json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("custom_fields_values.0.values.0.field_type");
    }

    @Test
    void aLeadUpdateAcceptsIdAndRequestIdButNotLinksOrSource() {
        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        long contact = sandbox.data().list("contacts").get(2).get("id").asLong();
        Http.Response response = http.patch("/api/v4/leads", "[{\"id\":" + lead + ",\"request_id\":\"p\","
                                                             + "\"_embedded\":{\"contacts\":[{\"id\":" + contact
                                                             + "}],\"companies\":[],"
                                                             + "\"source\":{\"type\":\"widget\",\"external_id\":\"x\"}}}]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/validation-errors/0/request_id").asText()).isEqualTo("p");
        assertThat(response.json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("_embedded.contacts", "_embedded.companies", "_embedded.source");
        assertThat(http.patch("/api/v4/leads/" + lead, "{\"id\":" + lead + ",\"name\":\"Renamed\"}").status())
                .isEqualTo(200);
        assertThat(sandbox.data().get("leads", lead).orElseThrow().get("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void contactsAndCompaniesTakeTagsButNoLinks() {
        long company = sandbox.data().list("companies").get(0).get("id").asLong();
        Http.Response contact = http.post("/api/v4/contacts",
                "[{\"name\":\"X\",\"_embedded\":{\"companies\":[{\"id\":" + company + "}],"
                                                              + "\"tags\":[{\"name\":\"a\"}]}}]");
        assertThat(contact.json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("_embedded.companies");
        Http.Response companyWrite = http.post("/api/v4/companies",
                "[{\"name\":\"Y\",\"_embedded\":{\"contacts\":[],\"leads\":[]},\"is_main\":true}]");
        assertThat(companyWrite.json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("_embedded.contacts", "_embedded.leads", "is_main");
    }

    @Test
    void tasksTakeOnlyTheirFieldsAndAResultText() {
        Http.Response response = http.post("/api/v4/tasks", "[{\"text\":\"t\",\"complete_till\":" + (T0 + 60)
                                                            + ",\"group_id\":0,\"result\":{\"text\":\"r\",\"note\":\"n\"},\"_embedded\":{}}]");
        assertThat(response.json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("group_id", "result.note", "_embedded");
    }

    @Test
    void theOfficialLibrarysFullLeadBodyIsAccepted() {
        long contact = sandbox.data().list("contacts").get(0).get("id").asLong();
        long company = sandbox.data().list("companies").get(0).get("id").asLong();
        long user = sandbox.data().currentUserId();
        Http.Response response = http.post("/api/v4/leads", "[{\"name\":\"SDK\",\"price\":1500.0,"
                                                            + "\"responsible_user_id\":" + user
                                                            + ",\"created_by\":0,\"updated_by\":0,\"created_at\":" + T0
                                                            + ",\"closed_at\":null,\"visitor_uid\":\"v-1\",\"tags_to_add\":[{\"name\":\"sdk\"}],"
                                                            + "\"_embedded\":{\"tags\":[{\"name\":\"vip\",\"id\":null}],"
                                                            + "\"contacts\":[{\"id\":" + contact
                                                            + ",\"is_main\":false}],\"companies\":[{\"id\":" + company
                                                            + "}],"
                                                            + "\"source\":{\"type\":\"widget\",\"external_id\":\"ext-1\"}},\"request_id\":\"0\"}]");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ObjectNode lead = sandbox.data().get("leads", response.json().at("/_embedded/leads/0/id").asLong())
                .orElseThrow();
        assertThat(lead.get("price").isIntegralNumber()).isTrue();
        assertThat(lead.get("price").asLong()).isEqualTo(1500);
        assertThat(lead.has("visitor_uid")).isFalse();
        assertThat(lead.at("/_embedded/tags").findValuesAsText("name")).containsExactly("vip");
        assertThat(http.post("/api/v4/leads", "[{\"price\":1500.5}]").json()
                .at("/validation-errors/0/errors/0/code").asText()).isEqualTo("InvalidType");
        assertThat(http.post("/api/v4/leads", "[{\"_embedded\":{\"source\":{\"type\":\"form\",\"external_id\":1}}}]")
                .json().at("/validation-errors/0/errors").findValuesAsText("path"))
                .containsExactly("_embedded.source.type", "_embedded.source.external_id");
    }

    @Test
    void tagsToAddAndTagsToDeleteChangeTheSetUnlessEmbeddedTagsAreSent() {
        ObjectNode first = sandbox.data().list("leads").get(0);
        long id = first.get("id").asLong();
        assertThat(tagNames(id)).containsExactly("vip");

        assertThat(http.patch("/api/v4/leads/" + id,
                "{\"tags_to_add\":[{\"name\":\"hot\"},{\"name\":\"VIP\"}],\"tags_to_delete\":[{\"name\":\"Vip\"}]}")
                .status()).isEqualTo(200);
        assertThat(tagNames(id)).containsExactly("hot", "vip");
        long hot = sandbox.data().get("leads", id).orElseThrow().at("/_embedded/tags/0/id").asLong();
        http.patch("/api/v4/leads/" + id, "{\"tags_to_delete\":[{\"id\":" + hot + "}]}");
        assertThat(tagNames(id)).containsExactly("vip");

        http.patch("/api/v4/leads/" + id,
                "{\"tags_to_add\":[{\"name\":\"ignored\"}],\"_embedded\":{\"tags\":[{\"name\":\"only\"}]}}");
        assertThat(tagNames(id)).containsExactly("only");
        assertThat(http.patch("/api/v4/leads/" + id, "{\"tags_to_delete\":[{\"id\":1}]}").json()
                .at("/validation-errors/0/errors/0/path").asText()).isEqualTo("tags_to_delete.0.id");
    }

    @Test
    void complexPartsTakeNoRequestIdAndMetadataFollowsItsCategory() {
        int leads = sandbox.data().count("leads");
        Http.Response response = http.post("/api/v4/leads/complex", "[{\"name\":\"c\",\"_embedded\":{"
                                                                    + "\"contacts\":[{\"first_name\":\"A\",\"request_id\":\"x\",\"is_main\":true}],"
                                                                    + "\"companies\":[{\"name\":\"B\",\"group_id\":1}],"
                                                                    + "\"metadata\":{\"category\":\"forms\",\"form_id\":\"f\",\"phone\":\"+1\"}}}]");
        assertThat(response.json().at("/validation-errors/0/errors").findValuesAsText("path")).containsExactly(
                "_embedded.contacts.0.request_id", "_embedded.contacts.0.is_main", "_embedded.companies.0.group_id",
                "_embedded.metadata.phone");
        assertThat(sandbox.data().count("leads")).isEqualTo(leads);

        JsonNode created = http.post("/api/v4/leads/complex", "[{\"name\":\"incoming\",\"_embedded\":{"
                                                              + "\"contacts\":[{\"first_name\":\"A\"}],\"metadata\":{\"category\":\"forms\",\"form_id\":\"f\","
                                                              + "\"form_name\":\"Contact us\",\"form_page\":\"https://x.example\",\"form_sent_at\":"
                                                              + T0 + "}}}]")
                .json();
        ObjectNode lead = sandbox.data().get("leads", created.at("/0/id").asLong()).orElseThrow();
        long main = sandbox.data().mainPipelineId();
        assertThat(lead.get("status_id").asLong()).isEqualTo(sandbox.data().incomingStatusId(main));
    }

    private List<String> tagNames(long lead) {
        return sandbox.data().get("leads", lead).orElseThrow().at("/_embedded/tags").findValuesAsText("name");
    }

    private long leadField(String name) {
        return sandbox.data().customFields("leads").stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private static String notExpected(String path) {
        return "{\"code\":\"FieldNotExpected\",\"path\":\"" + path + "\",\"detail\":\"This field was not expected.\"}";
    }
}
