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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources, short links and talks (amoCRM sources-api, short_links, talks-api): what their examples do not show.
 */
class SourcesLinksTalksTest extends SandboxTestSupport {

    @Test
    void sourcesAreCreatedFoundChangedAndDeletedAsThePageSays() {
        assertThat(http.get("/api/v4/sources").status()).isEqualTo(204); // "У интеграции нет ... источников"
        Http.Response created = http.post("/api/v4/sources", "[{\"name\": \"Landing\", \"external_id\": \"landing-1\"},"
                                                             + " {\"name\": \"Shop\", \"external_id\": \"shop-1\", \"default\": true}]");
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        long landing = created.json().at("/_embedded/sources/0/id").asLong();
        assertThat(created.json().at("/_embedded/sources/0/pipeline_id").asLong())
                .isEqualTo(sandbox.data().mainPipelineId());
        assertThat(http.get("/api/v4/sources?filter[external_id]=shop-1").json().at("/_embedded/sources/0/name")
                .asText()).isEqualTo("Shop");

        JsonNode refused = http.post("/api/v4/sources", "[{\"name\": \"Again\", \"external_id\": \"landing-1\"}, "
                                                        + "{\"external_id\": \"x\"}, {\"name\": \"Viber\", \"external_id\": \"v\", "
                                                        + "\"services\": [{\"type\": \"viber\"}]}]")
                .json();
        assertThat(refused.at("/validation-errors/0/errors").toString()).contains("NotSupportedChoice",
                "external_id");
        assertThat(refused.at("/validation-errors/1/errors").toString()).contains("NotBlank", "name");
        assertThat(refused.at("/validation-errors/2/errors").toString()).contains("NotSupportedChoice",
                "services[0].type");
        assertThat(http.post("/api/v4/sources", "[" + "{\"name\": \"x\", \"external_id\": \"y\"},".repeat(50)
                                                + "{\"name\": \"x\", \"external_id\": \"z\"}]")
                .status()).isEqualTo(422); // "не более 50 источников"
        assertThat(http.patch("/api/v4/sources", "[{\"id\": " + landing + ", \"external_id\": \"other\"}]").json()
                .at("/validation-errors/0/errors").toString()).contains("external_id");

        Http.Response unknown = http.send("DELETE", "/api/v4/sources", "[{\"id\": " + landing + "}, {\"id\": 1}]",
                "Content-Type", "application/json");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/request_id").asText()).isEqualTo("1");
        assertThat(unknown.json().at("/errors/0/errors/code").asText()).isEqualTo("EntityNotFound");
        assertThat(sandbox.data().count("sources")).isEqualTo(2);
        assertThat(http.send("DELETE", "/api/v4/sources", "[{\"id\": " + landing + "}]", "Content-Type",
                "application/json").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/sources/" + landing).status()).isEqualTo(204);
    }

    @Test
    void aShortLinkIsMadeForAContactOnly() {
        long contact = sandbox.data().list("contacts").get(0).get("id").asLong();
        String body = "[{\"url\": \"https://shop.example/offer\", \"metadata\": {\"entity_type\": \"contacts\", "
                      + "\"entity_id\": " + contact + "}}]";
        JsonNode made = http.post("/api/v4/short_links", body).json().at("/_embedded/short_links/0");
        assertThat(made.get("url").asText()).matches("https://amo\\.sh/[0-9A-Za-z]{12}");
        assertThat(made.at("/metadata/entity_id").asLong()).isEqualTo(contact);
        assertThat(http.post("/api/v4/short_links", body).json().at("/_embedded/short_links/0/url").asText())
                .isEqualTo(made.get("url").asText());
        JsonNode refused = http.post("/api/v4/short_links", "[{\"url\": \"shop.example\", \"metadata\": "
                                                            + "{\"entity_type\": \"leads\", \"entity_id\": 1}}, {\"url\": \"https://x.example\"}]")
                .json();
        assertThat(refused.at("/validation-errors/0/errors").toString()).contains("url", "metadata.entity_type",
                "metadata.entity_id");
        assertThat(refused.at("/validation-errors/1/errors").toString()).contains("NotBlank", "metadata");
    }

    @Test
    void aTalkIsReadAndClosed() {
        long contact = sandbox.data().list("contacts").get(0).get("id").asLong();
        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        long talk = sandbox.data().addTalk(contact, lead, "telegram").get("talk_id").asLong();
        JsonNode read = http.get("/api/v4/talks/" + talk).json();
        assertThat(read.get("is_in_work").asBoolean()).isTrue();
        assertThat(read.at("/_embedded/leads/0/id").asLong()).isEqualTo(lead);
        sandbox.clock().advanceSeconds(30);
        assertThat(http.post("/api/v4/talks/" + talk + "/close", "{\"force_close\": true}").status()).isEqualTo(202);
        JsonNode closed = http.get("/api/v4/talks/" + talk).json();
        assertThat(closed.get("is_in_work").asBoolean()).isFalse();
        assertThat(closed.get("updated_at").asLong()).isEqualTo(T0 + 30);
        assertThat(http.post("/api/v4/talks/" + talk + "/close", "{\"force\": true}").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/talks/999").status()).isEqualTo(404);
    }
}
