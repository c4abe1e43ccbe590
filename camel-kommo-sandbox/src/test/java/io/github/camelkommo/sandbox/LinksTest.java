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

/** The links API agrees with the entities' {@code _embedded} and {@code with=}; strict metadata. */
class LinksTest extends SandboxTestSupport {

    private long id(String entity, int index) {
        return sandbox.data().list(entity).get(index).get("id").asLong();
    }

    @Test
    void listsTheLinksTheEntitiesKeep() {
        long lead = id("leads", 0);
        JsonNode links = http.get("/api/v4/leads/" + lead + "/links").json();
        assertThat(links.get("_total_items").asInt()).isEqualTo(2);
        assertThat(links.at("/_embedded/links/0").toString()).isEqualTo("{\"to_entity_id\":" + id("contacts", 0)
                                                                        + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"main_contact\":true}}");
        assertThat(links.at("/_embedded/links/1").toString()).isEqualTo("{\"to_entity_id\":" + id("companies", 0)
                                                                        + ",\"to_entity_type\":\"companies\",\"metadata\":null}");
        JsonNode ofContact = http.get("/api/v4/contacts/" + id("contacts", 0) + "/links").json();
        assertThat(ofContact.at("/_embedded/links").findValuesAsText("to_entity_type"))
                .containsExactly("companies", "leads", "leads");
        JsonNode many = http.get("/api/v4/leads/links?filter[entity_id][]=" + lead + "&filter[entity_id][]="
                                 + id("leads", 2) + "&filter[to_entity_type]=contacts&filter[to_entity_id]="
                                 + id("contacts", 2))
                .json();
        assertThat(many.at("/_embedded/links/0/entity_id").asLong()).isEqualTo(id("leads", 2));
        assertThat(many.get("_total_items").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v4/leads/links").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/leads/links?filter[entity_id]=" + lead + "&filter[to_entity_id]=1").status())
                .isEqualTo(400);
        assertThat(http.get("/api/v4/leads/links?filter[entity_id]=" + lead + "&filter[foo]=1").status())
                .isEqualTo(400);
        assertThat(http.get("/api/v4/leads/999/links").status()).isEqualTo(204);
    }

    @Test
    void linkingAndUnlinkingChangesTheEntitiesAndRecordsEvents() {
        long lead = id("leads", 2); // Annual support: Li Wei, no company
        long john = id("contacts", 0);
        long acme = id("companies", 0);
        Http.Response linked = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\":" + john
                                                                            + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"is_main\":true}},{\"to_entity_id\":"
                                                                            + acme
                                                                            + ",\"to_entity_type\":\"companies\"}]");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().get("_total_items").asInt()).isEqualTo(2);
        assertThat(linked.json().at("/_embedded/links/0").toString()).isEqualTo("{\"entity_id\":" + lead
                                                                                + ",\"entity_type\":\"leads\",\"to_entity_id\":"
                                                                                + john
                                                                                + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"main_contact\":true}}");
        JsonNode stored = sandbox.data().get("leads", lead).orElseThrow().get("_embedded");
        assertThat(stored.get("contacts").toString()).isEqualTo("[{\"id\":" + id("contacts", 2)
                                                                + ",\"is_main\":false},{\"id\":" + john
                                                                + ",\"is_main\":true}]");
        assertThat(stored.at("/companies/0/id").asLong()).isEqualTo(acme);
        JsonNode withLeads = http.get("/api/v4/companies/" + acme + "?with=leads").json();
        assertThat(withLeads.at("/_embedded/leads").findValuesAsText("id")).contains(String.valueOf(lead));
        assertThat(sandbox.data().events()).extracting(e -> e.get("type").asText())
                .containsExactly("entity_linked", "entity_linked");
        assertThat(sandbox.data().events().get(0).at("/value_after/0/link/entity").toString())
                .isEqualTo("{\"type\":\"contact\",\"id\":" + john + "}");

        assertThat(http.post("/api/v4/contacts/unlink", "[{\"entity_id\":" + john + ",\"to_entity_id\":" + lead
                                                        + ",\"to_entity_type\":\"leads\"}]")
                .status()).isEqualTo(204);
        assertThat(sandbox.data().get("leads", lead).orElseThrow().at("/_embedded/contacts").toString())
                .isEqualTo("[{\"id\":" + id("contacts", 2) + ",\"is_main\":true}]");
        assertThat(sandbox.data().events().get(2).get("type").asText()).isEqualTo("entity_unlinked");
    }

    @Test
    void catalogElementsAreLinkedWithTheirCatalog() {
        long lead = id("leads", 0);
        JsonNode catalog = sandbox.data().catalogs().get(0);
        long element = catalog.at("/elements/0").asLong();
        assertThat(http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\":" + element
                                                                + ",\"to_entity_type\":\"catalog_elements\",\"metadata\":{\"quantity\":3,\"catalog_id\":"
                                                                + catalog.get("id").asLong() + "}}]")
                .status()).isEqualTo(200);
        JsonNode elements = http.get("/api/v4/leads/" + lead + "?with=catalog_elements").json()
                .at("/_embedded/catalog_elements");
        assertThat(elements.toString()).isEqualTo("[{\"id\":" + element + ",\"metadata\":{\"quantity\":3,"
                                                  + "\"catalog_id\":" + catalog.get("id").asLong() + "}}]");
        assertThat(http.get("/api/v4/leads/" + lead + "/links?filter[to_catalog_id]=" + catalog.get("id").asLong())
                .json().get("_total_items").asInt()).isEqualTo(1);
    }

    /**
     * A request names the main contact {@code is_main} (ground-truth/links/link-lead.json, PHP
     * ContactModel::getMetadataForLink); {@code main_contact} is the answer's key, and as a request key it is refused
     * like {@code metadata.main} was at Kommo (Krukov/amocrm_api#86), with nothing linked.
     */
    @Test
    void mainContactIsHowAnswersSpellIsMainNotARequestKey() {
        long lead = id("leads", 2); // Annual support: Li Wei is its main contact
        long john = id("contacts", 0);
        Http.Response refused = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\":" + john
                                                                             + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"main_contact\":true}}]");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/validation-errors/0/errors").toString())
                .isEqualTo("[{\"code\":\"FieldNotExpected\",\"path\":\"metadata.main_contact\","
                           + "\"detail\":\"This field was not expected.\"}]");
        assertThat(sandbox.data().get("leads", lead).orElseThrow().at("/_embedded/contacts").findValuesAsText("id"))
                .containsExactly(String.valueOf(id("contacts", 2)));

        Http.Response linked = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\":" + john
                                                                            + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"is_main\":true}}]");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().at("/_embedded/links/0/metadata").toString()).isEqualTo("{\"main_contact\":true}");
    }

    @Test
    void refusesWhatKommoRefuses() {
        long lead = id("leads", 0);
        Http.Response bad = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\":" + id("contacts", 2)
                                                                         + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"main\":true}},{\"to_entity_id\":1,"
                                                                         + "\"to_entity_type\":\"contacts\"},{\"to_entity_id\":"
                                                                         + id("leads", 1)
                                                                         + ",\"to_entity_type\":\"leads\"},{\"to_entity_id\":"
                                                                         + id("companies", 1)
                                                                         + ",\"to_entity_type\":\"companies\"},{\"to_entity_id\":1,\"to_entity_type\":\"catalog_elements\"}]");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode groups = bad.json().get("validation-errors");
        assertThat(groups.get(0).get("errors").toString()).contains("FieldNotExpected", "metadata.main");
        assertThat(groups.get(1).get("errors").toString()).contains("NotSupportedChoice", "to_entity_id");
        assertThat(groups.get(2).get("errors").toString()).contains("NotSupportedChoice", "to_entity_type");
        assertThat(groups.get(3).get("errors").toString()).contains("Count", "to_entity_id");
        assertThat(groups.get(4).get("errors").toString()).contains("NotBlank", "metadata.catalog_id");
        assertThat(sandbox.data().links("leads", lead)).hasSize(2);
        assertThat(sandbox.data().events()).isEmpty();
    }
}
