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
 * Catalogs and their elements (amoCRM catalogs-api): the seeded products catalog, writes answered in full,
 * validation, paging, and products linked to a lead with a quantity and a price field, read back with
 * {@code with=catalog_elements}.
 */
class CatalogsTest extends SandboxTestSupport {

    private long products() {
        return sandbox.data().catalogs().get(0).get("id").asLong();
    }

    private long field(String name) {
        return sandbox.data().customFields("elements").stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void theDemoAccountHasAProductsCatalogWithPricedProducts() {
        JsonNode catalogs = http.get("/api/v4/catalogs").json().at("/_embedded/catalogs");
        assertThat(catalogs.size()).isEqualTo(1);
        assertThat(catalogs.get(0).get("type").asText()).isEqualTo("products");
        assertThat(catalogs.get(0).get("can_be_deleted").asBoolean()).isFalse();
        JsonNode elements = http.get("/api/v4/catalogs/" + products() + "/elements").json().at("/_embedded/elements");
        assertThat(elements.findValuesAsText("name")).containsExactly("Router X1", "Sandbox license", "Setup service");
        assertThat(elements.get(0).get("custom_fields_values").findValuesAsText("field_code"))
                .containsExactly("SKU", "PRICE", "GROUP");
        assertThat(elements.get(0).at("/_links/self/href").asText())
                .endsWith("/api/v4/catalogs/" + products() + "/elements/" + elements.get(0).get("id").asLong());
    }

    /**
     * amoCRM custom-fields: the fields of a catalog's elements are listed at
     * {@code /api/v4/catalogs/{catalog_id}/custom_fields} and read by id below it, in the answer every owner's fields
     * get (ground-truth/custom_fields/list-leads-custom-fields.json names the path).
     */
    @Test
    void aCatalogsElementFieldsAreListedAndReadByIdUnderTheCatalog() {
        String base = "/api/v4/catalogs/" + products() + "/custom_fields";
        JsonNode list = http.get(base).json();
        JsonNode fields = list.at("/_embedded/custom_fields");
        assertThat(fields.findValuesAsText("name")).containsExactly("SKU", "Price", "Group");
        assertThat(fields.findValuesAsText("type")).containsExactly("text", "price", "select");
        assertThat(fields.get(2).get("enums").findValuesAsText("value"))
                .containsExactly("Hardware", "Software", "Services");
        assertThat(list.get("_total_items").asInt()).isEqualTo(3);
        assertThat(list.at("/_links/self/href").asText()).contains(base);
        assertThat(fields.get(0).at("/_links/self/href").asText()).endsWith(base + "/" + field("SKU"));

        JsonNode price = http.get(base + "/" + field("Price")).json();
        assertThat(price.get("name").asText()).isEqualTo("Price");
        assertThat(price.at("/_links/self/href").asText()).endsWith(base + "/" + field("Price"));
        assertThat(http.get(base + "/999999").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/catalogs/999999/custom_fields").status()).isEqualTo(404);
    }

    @Test
    void aNewProductIsAttachedTwiceToALeadAtAGivenPrice() {
        Http.Response created = http.post("/api/v4/catalogs/" + products() + "/elements", "[{\"name\": \"Switch S8\","
                                                                                          + " \"custom_fields_values\": [{\"field_id\": "
                                                                                          + field("SKU")
                                                                                          + ", \"values\": [{\"value\": \"S-8\"}]}, "
                                                                                          + "{\"field_id\": "
                                                                                          + field("Price")
                                                                                          + ", \"values\": [{\"value\": 99}]}], \"request_id\": \"s8\"}]");
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        JsonNode element = created.json().at("/_embedded/elements/0");
        assertThat(element.get("request_id").asText()).isEqualTo("s8");
        assertThat(element.get("catalog_id").asLong()).isEqualTo(products());
        long id = element.get("id").asLong();
        long lead = sandbox.data().list("leads").get(0).get("id").asLong();

        Http.Response linked = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\": " + id
                                                                            + ", \"to_entity_type\": \"catalog_elements\", \"metadata\": {\"catalog_id\": "
                                                                            + products()
                                                                            + ", \"quantity\": 2, \"price_id\": "
                                                                            + field("Price") + "}}]");
        assertThat(linked.status()).as("%s", linked).isEqualTo(200);
        assertThat(http.get("/api/v4/leads/" + lead + "?with=catalog_elements").json().at("/_embedded/catalog_elements")
                .toString()).isEqualTo("[{\"id\":" + id + ",\"metadata\":{\"quantity\":2,\"catalog_id\":" + products()
                                       + ",\"price_id\":" + field("Price") + "}}]");
        long customer = http.post("/api/v4/customers", "[{\"name\": \"Buyer\"}]").json()
                .at("/_embedded/customers/0/id").asLong();
        assertThat(http.post("/api/v4/customers/" + customer + "/link", "[{\"to_entity_id\": " + id
                                                                        + ", \"to_entity_type\": \"catalog_elements\", \"metadata\": {\"catalog_id\": "
                                                                        + products()
                                                                        + ", \"quantity\": 3}}]")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v4/customers/" + customer + "?with=catalog_elements").json()
                .at("/_embedded/catalog_elements/0/metadata/quantity").asInt()).isEqualTo(3);
        Http.Response wrongPrice = http.post("/api/v4/leads/" + lead + "/link", "[{\"to_entity_id\": " + id
                                                                                + ", \"to_entity_type\": \"catalog_elements\", \"metadata\": {\"catalog_id\": "
                                                                                + products()
                                                                                + ", \"quantity\": 1, \"price_id\": "
                                                                                + field("SKU") + "}}]");
        assertThat(wrongPrice.json().at("/validation-errors/0/errors").toString())
                .contains("NotSupportedChoice", "metadata.price_id");
    }

    @Test
    void catalogsAndElementsAreWrittenAndRefusedAsTheReferenceSays() {
        Http.Response bad = http.post("/api/v4/catalogs", "[{\"name\": \"\"}, {\"name\": \"x\", \"type\": \"orders\"},"
                                                          + " {\"name\": \"y\", \"colour\": \"red\"}]");
        JsonNode groups = bad.json().get("validation-errors");
        assertThat(groups.get(0).get("errors").toString()).contains("NotBlank", "name");
        assertThat(groups.get(1).get("errors").toString()).contains("NotSupportedChoice", "type");
        assertThat(groups.get(2).get("errors").toString()).contains("FieldNotExpected", "colour");
        long catalog = http.post("/api/v4/catalogs", "[{\"name\": \"Price list\"}]").json()
                .at("/_embedded/catalogs/0/id").asLong();
        assertThat(http.get("/api/v4/catalogs/" + catalog + "/elements").status()).isEqualTo(204);
        assertThat(http.patch("/api/v4/catalogs/" + catalog, "{\"name\": \"Prices\"}").json().get("name").asText())
                .isEqualTo("Prices");
        assertThat(http.patch("/api/v4/catalogs/" + catalog, "{\"type\": \"products\"}").status()).isEqualTo(400);
        // one products catalog per account, ten catalogs in all
        assertThat(http.post("/api/v4/catalogs", "[{\"name\": \"More products\", \"type\": \"products\"}]").json()
                .at("/validation-errors/0/errors").toString()).contains("NotSupportedChoice", "type");
        assertThat(http.post("/api/v4/catalogs", "[" + "{\"name\": \"c\"},".repeat(8) + "{\"name\": \"c\"}]").json()
                .toString()).contains("validation-errors");
        assertThat(sandbox.data().catalogs()).hasSize(2);
        assertThat(http.post("/api/v4/catalogs/999/elements", "[{\"name\": \"x\"}]").json()
                .at("/validation-errors/0/errors").toString()).contains("catalog_id");

        long element = sandbox.data().catalogs().get(0).at("/elements/0").asLong();
        // an element is addressed under its own catalog only
        assertThat(http.get("/api/v4/catalogs/" + catalog + "/elements/" + element).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v4/catalogs/" + products() + "/elements/" + element, null).status())
                .isEqualTo(204);
        assertThat(sandbox.data().catalogs().get(0).get("elements").size()).isEqualTo(2);
        JsonNode page = http.get("/api/v4/catalogs/" + products() + "/elements?limit=1&page=1").json();
        assertThat(page.at("/_links/next/href").asText()).contains("page=2");
    }
}
