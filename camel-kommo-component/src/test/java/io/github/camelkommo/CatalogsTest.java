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
import io.github.camelkommo.model.Catalog;
import io.github.camelkommo.model.CatalogElement;
import io.github.camelkommo.model.CustomFieldValue;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Link;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Catalogs and their elements through the one producer (amoCRM catalogs-api; ground-truth/catalogs,
 * catalog_elements), and products linked to a lead with a quantity and a price field (entity-links-api; PHP
 * CatalogElementModel::getMetadataForLink), read back with {@code with=catalog_elements}.
 */
class CatalogsTest extends KommoTestSupport {

    private long productsCatalog() {
        return sandbox().data().list("catalogs").stream().filter(c -> "products".equals(c.get("type").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long elementField(String type) {
        return sandbox().data().customFields("elements").stream().filter(f -> type.equals(f.get("type").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void aProductIsCreatedInTheProductsCatalogAndTwoOfItAreAttachedToALeadAtAGivenPrice() throws Exception {
        long catalog = productsCatalog();
        long price = elementField("price");
        Map<String, Object> product = Map.of("name", "Mesh node M2", "custom_fields_values",
                List.of(Map.of("field_id", price, "values", List.of(Map.of("value", 180))),
                        Map.of("field_id", elementField("text"), "values", List.of(Map.of("value", "MN-2")))));
        CatalogElement created = template.requestBodyAndHeader("kommo:catalogElements?operation=create", product,
                KommoConstants.CATALOG_ID, catalog, CatalogElement.class);
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();
        Link link = new Link("catalog_elements", created.getId());
        link.setMetadata(Map.of("catalog_id", catalog, "quantity", 2, "price_id", price));

        template.requestBodyAndHeader("kommo:leads?operation=link", link, KommoConstants.ENTITY_ID, lead);
        Lead read = template.requestBodyAndHeader("kommo:leads?operation=get&with=catalog_elements", null,
                KommoConstants.ENTITY_ID, lead, Lead.class);

        JsonNode stored = sandbox().data().get("elements", created.getId()).orElseThrow();
        assertThat(stored.get("catalog_id").asLong()).isEqualTo(catalog);
        assertThat(stored.toString()).contains("MN-2", "180");
        JsonNode embedded = KommoJson.newMapper().valueToTree(read.getEmbedded()).path("catalog_elements");
        assertThat(embedded).hasSize(1);
        assertThat(embedded.get(0).get("id").asLong()).isEqualTo(created.getId());
        assertThat(embedded.get(0).at("/metadata/quantity").asInt()).isEqualTo(2);
        assertThat(embedded.get(0).at("/metadata/price_id").asLong()).isEqualTo(price);
        assertThat(sandbox().stats().requests("POST", "/api/v4/catalogs/" + catalog + "/elements"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void elementsAreListedUpdatedAndDeletedInTheirCatalog() {
        long catalog = productsCatalog();
        List<?> products = template.requestBody("kommo:catalogElements?operation=list&catalogId=" + catalog, null,
                List.class);
        CatalogElement first = (CatalogElement) products.get(0);
        first.setName("Router X1 (2026)");
        template.requestBody("kommo:catalogElements?operation=update&catalogId=" + catalog, first);
        template.requestBodyAndHeader("kommo:catalogElements?operation=delete&catalogId=" + catalog, null,
                KommoConstants.ENTITY_ID, ((CatalogElement) products.get(1)).getId());

        assertThat(products).hasSize(3);
        assertThat(first.getCustomFieldsValues()).extracting(CustomFieldValue::getFieldName).isNotEmpty();
        assertThat(sandbox().data().get("elements", first.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Router X1 (2026)");
        assertThat(sandbox().data().get("elements", ((CatalogElement) products.get(1)).getId())).isEmpty();
    }

    @Test
    void catalogsAreCreatedAndRenamed() {
        Catalog catalog = new Catalog();
        catalog.setName("Spare parts");
        Catalog created = template.requestBody("kommo:catalogs?operation=create", catalog, Catalog.class);
        created.setName("Spare parts 2026");
        created.setType("regular");
        template.requestBody("kommo:catalogs?operation=update", created);

        JsonNode stored = sandbox().data().get("catalogs", created.getId()).orElseThrow();
        assertThat(stored.get("name").asText()).isEqualTo("Spare parts 2026");
        assertThat(stored.get("type").asText()).isEqualTo("regular");
        assertThat(sandbox().stats().requests("PATCH", "/api/v4/catalogs").get(0).body()).doesNotContain("type");
    }

    @Test
    void elementsWithoutTheirCatalogFailBeforeAnyRequest() {
        assertThatThrownBy(() -> template.requestBody("kommo:catalogElements?operation=list", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kommo:catalogElements needs a catalog").hasMessageContaining("catalogId")
                .hasMessageContaining(KommoConstants.CATALOG_ID);
        assertThat(sandbox().stats().requests("GET", "/api/v4/catalogs")).isEmpty();
    }
}
