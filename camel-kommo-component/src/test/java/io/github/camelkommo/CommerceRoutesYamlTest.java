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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.ShortLink;
import io.github.camelkommo.model.Unsorted;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The done-when scenarios as YAML DSL routes ({@code routes/kommo-commerce.camel.yaml}), each checked in the
 * sandbox's stored data: a customer with a transaction in a segment, two of a new product on a lead at a price, a web
 * form lead accepted into a stage, a call noted on a contact, a source and a short link.
 */
class CommerceRoutesYamlTest extends KommoTestSupport {

    @BeforeEach
    void loadRoutes() throws Exception {
        if (context.getRoute("purchase") == null) {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:routes/kommo-commerce.camel.yaml"));
        }
    }

    private long id(String entity, String field, String value) {
        return sandbox().data().list(entity).stream().filter(e -> value.equals(e.path(field).asText())).findFirst()
                .orElseThrow().get("id").asLong();
    }

    @Test
    void aCustomerIsCreatedWithATransactionInASegment() {
        long retail = id("segments", "name", "Retail");

        template.send("direct:purchase", e -> e.getMessage().setHeaders(Map.of("customer", "Corner shop", "segment",
                retail, "price", 990, "comment", "Opening order")));

        JsonNode customer = sandbox().data().get("customers", id("customers", "name", "Corner shop")).orElseThrow();
        assertThat(customer.at("/_embedded/segments/0/id").asLong()).isEqualTo(retail);
        assertThat(customer.get("ltv").asLong()).isEqualTo(990);
        assertThat(sandbox().data().list("transactions")).singleElement()
                .satisfies(t -> assertThat(t.get("customer_id").asLong()).isEqualTo(customer.get("id").asLong()))
                .satisfies(t -> assertThat(t.get("comment").asText()).isEqualTo("Opening order"));
    }

    @Test
    void twoOfANewProductAreAttachedToALeadAtAPrice() {
        long catalog = id("catalogs", "type", "products");
        long price = sandbox().data().customFields("elements").stream()
                .filter(f -> "price".equals(f.get("type").asText())).findFirst().orElseThrow().get("id").asLong();
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();

        template.send("direct:add-to-deal", e -> e.getMessage().setHeaders(Map.of("product", "Cable kit",
                KommoConstants.CATALOG_ID, catalog, "quantity", 2, "priceField", price, "lead", lead)));

        long product = id("elements", "name", "Cable kit");
        assertThat(sandbox().data().links("leads", lead)).anySatisfy(link -> {
            assertThat(link.get("to_entity_id").asLong()).isEqualTo(product);
            assertThat(link.at("/metadata/quantity").asInt()).isEqualTo(2);
            assertThat(link.at("/metadata/price_id").asLong()).isEqualTo(price);
        });
    }

    @Test
    void aWebFormLeadIsAcceptedIntoAStage() {
        long pipeline = sandbox().data().mainPipelineId();
        long stage = sandbox().data().statuses(pipeline).stream().filter(s -> s.get("type").asInt() == 0).skip(1)
                .findFirst().orElseThrow().get("id").asLong();
        Map<String, Object> form = Map.of("source_uid", "landing", "source_name", "Landing page", "metadata",
                Map.of("form_id", "demo", "form_name", "Book a demo", "form_page", "https://example.test",
                        "form_sent_at", now(), "ip", "192.0.2.7", "referer", "https://example.test"),
                "_embedded", Map.of("leads", List.of(Map.of("name", "Demo request"))));

        Unsorted accepted = template.requestBodyAndHeader("direct:triage-web-form", form, "stage", stage,
                Unsorted.class);

        JsonNode lead = sandbox().data().get("leads", id("leads", "name", "Demo request")).orElseThrow();
        assertThat(lead.get("status_id").asLong()).isEqualTo(stage);
        assertThat(accepted.getEmbedded().getLeads()).extracting(l -> l.getId()).containsExactly(lead.get("id")
                .asLong());
    }

    @Test
    void aCallIsNotedOnTheContactThatHasItsPhone() {
        ObjectNode contact = JsonNodeFactory.instance.objectNode().put("name", "Lin");
        contact.putArray("custom_fields_values").addObject().put("field_code", "PHONE").putArray("values")
                .addObject().put("value", "+1 555 0142");
        long lin = sandbox().data().create("contacts", contact).get("id").asLong();

        template.sendBody("direct:log-call", List.of(Map.of("direction", "outbound", "duration", 65, "source",
                "pbx", "phone", "15550142", "call_status", 4)));

        assertThat(sandbox().data().list("contacts/notes")).filteredOn(n -> n.get("entity_id").asLong() == lin)
                .singleElement().satisfies(n -> assertThat(n.get("note_type").asText()).isEqualTo("call_out"))
                .satisfies(n -> assertThat(n.at("/params/duration").asInt()).isEqualTo(65));
    }

    @Test
    void aSourceAndAShortLinkAreCreated() {
        long contact = sandbox().data().list("contacts").get(0).get("id").asLong();

        ShortLink link = template.requestBodyAndHeaders("direct:campaign",
                Map.of("name", "Spring campaign", "external_id", "spring-2026"),
                Map.of("url", "https://example.test/spring", "contact", contact), ShortLink.class);

        assertThat(sandbox().data().list("sources")).extracting(s -> s.get("external_id").asText())
                .contains("spring-2026");
        assertThat(link.getUrl()).startsWith("https://amo.sh/");
        assertThat(link.getMetadata()).containsEntry("entity_type", "contacts");
    }
}
