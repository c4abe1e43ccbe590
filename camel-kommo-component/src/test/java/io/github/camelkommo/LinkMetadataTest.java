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
package io.github.camelkommo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Link;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link's metadata goes out with the keys Kommo takes in a request: {@code is_main}, {@code updated_by},
 * {@code quantity}, {@code catalog_id}, {@code price_id} (amoCRM entity-links reference,
 * ground-truth/links/link-lead.json; PHP ContactModel and CatalogElementModel {@code getMetadataForLink}). Kommo answers
 * {@code main_contact} and refuses it in a request; the old spelling is sent as {@code is_main}, with one WARN.
 */
class LinkMetadataTest extends KommoTestSupport {

    private long id(String entity, int index) {
        return sandbox().data().list(entity).get(index).get("id").asLong();
    }

    private JsonNode sentTo(String path) throws Exception {
        List<RecordedRequest> posts = sandbox().stats().requests("POST", path);
        assertThat(posts).hasSize(1);
        return KommoJson.newMapper().readTree(posts.get(0).body());
    }

    private List<String> mainContacts(long lead) {
        return sandbox().data().get("leads", lead).orElseThrow().at("/_embedded/contacts").findParents("is_main")
                .stream().filter(c -> c.get("is_main").asBoolean()).map(c -> c.get("id").asText()).toList();
    }

    @Test
    void aContactLinkedAsMainIsSentWithIsMainAndBecomesTheLeadsMainContact() throws Exception {
        long lead = id("leads", 2); // Annual support: Li Wei is its main contact
        long john = id("contacts", 0);
        Link link = new Link("contacts", john);
        link.setMetadata(Map.of("is_main", true));

        Link answered = template.requestBodyAndHeader("kommo:leads?operation=link", link, KommoConstants.ENTITY_ID,
                lead, Link.class);

        assertThat(sentTo("/api/v4/leads/" + lead + "/link").toString())
                .isEqualTo("[{\"to_entity_id\":" + john
                           + ",\"to_entity_type\":\"contacts\",\"metadata\":{\"is_main\":true}}]");
        assertThat(mainContacts(lead)).containsExactly(String.valueOf(john));
        assertThat(answered.getMetadata()).containsEntry("main_contact", true);
    }

    @Test
    void aCatalogElementIsLinkedWithItsPriceField() throws Exception {
        long lead = id("leads", 0);
        JsonNode catalog = sandbox().data().catalogs().get(0);
        long element = catalog.at("/elements/0").asLong();
        long price = sandbox().data().customFields("elements").stream()
                .filter(f -> "price".equals(f.get("type").asText())).findFirst().orElseThrow().get("id").asLong();
        Link link = new Link("catalog_elements", element);
        link.setMetadata(Map.of("catalog_id", catalog.get("id").asLong(), "quantity", 2, "price_id", price));

        template.requestBodyAndHeader("kommo:leads?operation=link", link, KommoConstants.ENTITY_ID, lead);

        JsonNode metadata = sentTo("/api/v4/leads/" + lead + "/link").at("/0/metadata");
        assertThat(metadata.get("price_id").asLong()).isEqualTo(price);
        assertThat(metadata.get("quantity").asInt()).isEqualTo(2);
        assertThat(sandbox().data().links("leads", lead)).anySatisfy(l -> assertThat(l.toString())
                .contains("\"to_entity_id\":" + element, "\"quantity\":2", "\"price_id\":" + price));
    }

    @Test
    void theOldSpellingMainContactIsSentAsIsMainWithOneDeprecationWarning() throws Exception {
        long lead = id("leads", 2);
        long john = id("contacts", 0);
        long maria = id("contacts", 1);
        Link model = new Link("contacts", john);
        model.setMetadata(Map.of("main_contact", true));
        Map<String, Object> asMap = Map.of("to_entity_id", maria, "to_entity_type", "contacts", "metadata",
                Map.of("main_contact", false));

        List<String> log;
        try (LogCapture capture = new LogCapture("io.github.camelkommo")) {
            template.requestBodyAndHeader("kommo:leads?operation=link", model, KommoConstants.ENTITY_ID, lead);
            template.requestBodyAndHeader("kommo:leads?operation=link", List.of(asMap), KommoConstants.ENTITY_ID, lead);
            log = capture.lines();
        }

        List<RecordedRequest> posts = sandbox().stats().requests("POST", "/api/v4/leads/" + lead + "/link");
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(200, 200);
        assertThat(posts.get(0).body()).contains("\"metadata\":{\"is_main\":true}").doesNotContain("main_contact");
        assertThat(posts.get(1).body()).contains("\"metadata\":{\"is_main\":false}").doesNotContain("main_contact");
        assertThat(mainContacts(lead)).containsExactly(String.valueOf(john));
        assertThat(log).filteredOn(line -> line.contains("main_contact")).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("WARN ").contains("is_main", "kommo:leads link"));
    }
}
