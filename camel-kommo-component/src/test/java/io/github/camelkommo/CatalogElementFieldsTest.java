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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.CatalogElement;
import io.github.camelkommo.model.KommoJson;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A catalog element's custom fields by name, resolved against its catalog's fields
 * ({@code GET /api/v4/catalogs/{catalog_id}/custom_fields}, amoCRM custom-fields; ground-truth/custom_fields), as
 * leads' are: a body's {@code customFields}, a model's {@code field(name, value)}, the header
 * {@code CamelKommoCustomFields}, and {@code customFieldsAs=names} on reads.
 */
class CatalogElementFieldsTest extends KommoTestSupport {

    private long productsCatalog() {
        return sandbox().data().list("catalogs").stream().filter(c -> "products".equals(c.get("type").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode field(String name) {
        return sandbox().data().customFields("elements").stream().filter(f -> name.equals(f.get("name").asText()))
                .findFirst().orElseThrow();
    }

    private long optionOf(JsonNode field, String label) {
        for (JsonNode option : field.get("enums")) {
            if (label.equals(option.get("value").asText())) {
                return option.get("id").asLong();
            }
        }
        throw new AssertionError("no option " + label);
    }

    /** The stored element's values of one field, as the sandbox keeps them. */
    private JsonNode storedValues(long element, String fieldName) {
        JsonNode stored = sandbox().data().get("elements", element).orElseThrow();
        for (JsonNode value : stored.get("custom_fields_values")) {
            if (value.get("field_id").asLong() == field(fieldName).get("id").asLong()) {
                return value.get("values");
            }
        }
        throw new AssertionError("element " + element + " has no " + fieldName + ": " + stored);
    }

    private int schemaReads(long catalog) {
        return sandbox().stats().requests("GET", "/api/v4/catalogs/" + catalog + "/custom_fields").size();
    }

    @Test
    void aProductCreatedWithItsFieldsByNameStoresSkuPriceAndTheGroupOptionByLabel() {
        long catalog = productsCatalog();
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", "Trail shoe");
        product.put("customFields", Map.of("SKU", "A-1", "Price", 12.5, "Group", "Software"));

        CatalogElement created = template.requestBody("kommo:catalogElements?operation=create&catalogId=" + catalog,
                product, CatalogElement.class);

        assertThat(storedValues(created.getId(), "SKU").get(0).get("value").asText()).isEqualTo("A-1");
        assertThat(storedValues(created.getId(), "Price").get(0).get("value").asText())
                .isEqualTo("12.5");
        assertThat(storedValues(created.getId(), "Group").get(0).get("enum_id").asLong())
                .isEqualTo(optionOf(field("Group"), "Software"));
        assertThat(schemaReads(catalog)).isEqualTo(1);
        assertThat(sandbox().stats().requests("POST", "/api/v4/catalogs/" + catalog + "/elements").get(0).body())
                .contains("\"field_id\":" + field("SKU").get("id").asLong()).doesNotContain("customFields");
    }

    @Test
    void aModelsFieldAndTheHeaderResolveByNameWithTheCatalogsFieldsReadOnce() {
        long catalog = productsCatalog();
        CatalogElement product = new CatalogElement();
        product.setName("Cable C5");
        product.field("sku", "C-5").field("Price", 7);
        CatalogElement created = template.requestBody("kommo:catalogElements?operation=create&catalogId=" + catalog,
                product, CatalogElement.class);

        CatalogElement change = new CatalogElement();
        change.setId(created.getId());
        template.requestBodyAndHeaders("kommo:catalogElements?operation=update", change,
                Map.of(KommoConstants.CATALOG_ID, catalog, KommoConstants.CUSTOM_FIELDS,
                        Map.of("Price", 9, "GROUP", "Services")));

        assertThat(storedValues(created.getId(), "SKU").get(0).get("value").asText()).isEqualTo("C-5");
        assertThat(storedValues(created.getId(), "Price").get(0).get("value").asInt()).isEqualTo(9);
        assertThat(storedValues(created.getId(), "Group").get(0).get("enum_id").asLong())
                .isEqualTo(optionOf(field("Group"), "Services"));
        assertThat(schemaReads(catalog)).isEqualTo(1);
    }

    @Test
    void eachCatalogsFieldsAreReadFromThatCatalog() {
        ObjectNode spares = KommoJson.newMapper().createObjectNode().put("name", "Spare parts");
        long other = sandbox().data().create("catalogs", spares).get("id").asLong();
        for (long catalog : List.of(productsCatalog(), other)) {
            template.requestBody("kommo:catalogElements?operation=create&catalogId=" + catalog,
                    Map.of("name", "Bolt " + catalog, "customFields", Map.of("SKU", "B-" + catalog)));
        }

        assertThat(schemaReads(productsCatalog())).isEqualTo(1);
        assertThat(schemaReads(other)).isEqualTo(1);
        List<ObjectNode> bolts = sandbox().data().list("elements").stream()
                .filter(e -> e.get("name").asText().startsWith("Bolt ")).toList();
        assertThat(bolts).extracting(e -> e.get("catalog_id").asLong()).containsExactly(productsCatalog(), other);
    }

    @Test
    void productsAreReadWithTheirFieldsByName() {
        long catalog = productsCatalog();
        List<?> products = template.requestBody(
                "kommo:catalogElements?operation=list&customFieldsAs=names&catalogId=" + catalog, null, List.class);

        @SuppressWarnings("unchecked")
        Map<String, Object> router = (Map<String, Object>) products.get(0);
        Object name = router.get("name");
        assertThat(name).isEqualTo("Router X1");
        assertThat(router.get("SKU")).isEqualTo("RX-1");
        assertThat((BigDecimal) router.get("Price")).isEqualByComparingTo("250");
        assertThat(router.get("Group")).isEqualTo("Hardware");
        assertThat(router).doesNotContainKey("custom_fields_values");
    }

    @Test
    void anUnknownFieldNameFailsNamingTheClosestBeforeAnythingIsSent() {
        long catalog = productsCatalog();
        assertThatThrownBy(() -> template.requestBody("kommo:catalogElements?operation=create&catalogId=" + catalog,
                Map.of("name", "Mystery", "customFields", Map.of("SKX", "Z-1"))))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalog " + catalog).hasMessageContaining("'SKX'")
                .hasMessageContaining("closest: 'SKU'");
        assertThatThrownBy(() -> template.requestBody("kommo:catalogElements?operation=create&catalogId=" + catalog,
                Map.of("name", "Mystery", "customFields", Map.of("Group", "Shoes"))))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Shoes").hasMessageContaining("Hardware");
        assertThat(sandbox().stats().requests("POST", "/api/v4/catalogs/" + catalog + "/elements")).isEmpty();
    }
}
