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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.CustomField;
import io.github.camelkommo.model.Embedded;
import io.github.camelkommo.model.Event;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Link;
import io.github.camelkommo.model.LossReason;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Tag;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a real integration does in its first hour, from Java and YAML routes against the sandbox: custom fields by
 * name, notes, links, tags, loss reasons and events. The sandbox's stored data and request log are the evidence.
 */
class EverydayApiTest extends KommoTestSupport {

    /** Route name to the kommo URI it sends to; routes/kommo-everyday.camel.yaml declares the same in YAML. */
    private static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("fields", "kommo:customFields?entityType=leads&operation=list");
        ROUTES.put("create-lead", "kommo:leads?operation=create");
        ROUTES.put("note", "kommo:notes?entityType=leads&operation=create");
        ROUTES.put("notes", "kommo:notes?entityType=leads&operation=list");
        ROUTES.put("link", "kommo:leads?operation=link");
        ROUTES.put("links", "kommo:leads?operation=links");
        ROUTES.put("update-lead", "kommo:leads?operation=update");
        ROUTES.put("loss-reasons", "kommo:lossReasons?operation=list");
        ROUTES.put("tags", "kommo:tags?entityType=leads&operation=list");
        ROUTES.put("events", "kommo:events?operation=list&filter.entity=leads");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                ROUTES.forEach((name, uri) -> from("direct:java-" + name).routeId("java-" + name).to(uri));
                PluginHelper.getRoutesLoader(getContext())
                        .loadRoutes(ResourceHelper.resolveMandatoryResource(getContext(),
                                "classpath:routes/kommo-everyday.camel.yaml"));
            }
        };
    }

    private <T> T call(String dsl, String route, Object body, Class<T> type) {
        return template.requestBody("direct:" + dsl + "-" + route, body, type);
    }

    private <T> T call(String dsl, String route, Object body, long entityId, Class<T> type) {
        return template.requestBodyAndHeader("direct:" + dsl + "-" + route, body, KommoConstants.ENTITY_ID, entityId,
                type);
    }

    private JsonNode definition(String entity, String name) {
        return sandbox().data().customFields(entity).stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private JsonNode storedValue(ObjectNode lead, long fieldId) {
        for (JsonNode field : lead.path("custom_fields_values")) {
            if (field.path("field_id").asLong() == fieldId) {
                return field.path("values");
            }
        }
        return null;
    }

    @Test
    void yamlDeclaresEveryJavaRoute() {
        ROUTES.keySet().forEach(name -> assertThat(context.getRoute("yaml-" + name)).as(name).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void customFieldDefinitionsComeWithTheirOptions(String dsl) {
        @SuppressWarnings("unchecked")
        List<CustomField> fields = call(dsl, "fields", null, List.class);

        assertThat(fields).extracting(CustomField::getName)
                .containsAll(sandbox().data().customFields("leads").stream().map(f -> f.get("name").asText()).toList());
        CustomField source = fields.stream().filter(f -> f.getName().equals("Source")).findFirst().orElseThrow();
        assertThat(source.getType()).isEqualTo("select");
        assertThat(source.getEnums()).extracting(CustomField.Option::getValue)
                .containsExactlyElementsOf(definition("leads", "Source").findValuesAsText("value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aLeadIsCreatedWithANumberASelectByLabelAndADateGivenByName(String dsl) {
        JsonNode source = definition("leads", "Source");
        String label = source.path("enums").get(1).path("value").asText();
        long labelId = source.path("enums").get(1).path("id").asLong();
        long discount = definition("leads", "Discount").get("id").asLong();
        long delivery = definition("leads", "Expected delivery").get("id").asLong();
        Object body = dsl.equals("java")
                                         ? new Lead().field("Discount", 15).field("source", label)
                                                 .field("Expected delivery", LocalDate.of(2026, 5, 8))
                                         : Map.of("name", "By name", "customFields",
                                                 Map.of("Discount", 15, "Source", label, "Expected delivery",
                                                         "2026-05-08"));

        Lead created = call(dsl, "create-lead", body, Lead.class);

        ObjectNode stored = sandbox().data().get("leads", created.getId()).orElseThrow();
        assertThat(storedValue(stored, discount).get(0).path("value").asText()).isEqualTo("15");
        assertThat(storedValue(stored, source.get("id").asLong()).get(0).path("enum_id").asLong()).isEqualTo(labelId);
        assertThat(storedValue(stored, delivery).get(0).path("value").asLong())
                .as("the date at the start of its day in the account's time zone (UTC in the sandbox)")
                .isEqualTo(LocalDate.of(2026, 5, 8).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        Lead read = template.requestBodyAndHeader("kommo:leads?operation=get", null, KommoConstants.ENTITY_ID,
                created.getId(), Lead.class);
        assertThat(read.field("Source")).isEqualTo(label);
        assertThat(read.field("Discount")).hasToString("15");
    }

    @Test
    void anUnknownFieldNameFailsBeforeAnythingIsSentNamingTheClosest() {
        Exception e = template
                .request("direct:java-create-lead", x -> x.getMessage().setBody(new Lead().field("Discout", 5)))
                .getException();

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Discout'")
                .hasMessageContaining("'Discount'");
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).isEmpty();
    }

    @Test
    void anUnknownOptionLabelFailsNamingTheOptions() {
        Exception e = template
                .request("direct:java-create-lead", x -> x.getMessage().setBody(new Lead().field("Source", "Nowhere")))
                .getException();

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no option 'Nowhere'")
                .hasMessageContaining(definition("leads", "Source").path("enums").get(0).path("value").asText());
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aNoteIsAddedToALeadAndListedWithItsNotes(String dsl) {
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();

        Note created = call(dsl, "note", Note.common("Called, will buy"), lead, Note.class);
        @SuppressWarnings("unchecked")
        List<Note> notes = call(dsl, "notes", null, lead, List.class);

        assertThat(created.getId()).isNotNull();
        assertThat(notes).extracting(Note::getId).contains(created.getId());
        Note stored = notes.stream().filter(n -> n.getId().equals(created.getId())).findFirst().orElseThrow();
        assertThat(stored.getNoteType()).isEqualTo("common");
        assertThat(stored.getParams()).containsEntry("text", "Called, will buy");
        assertThat(stored.getEntityId()).isEqualTo(lead);
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads/" + lead + "/notes")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void anExistingContactIsLinkedToALead(String dsl) {
        long lead = sandbox().data().create("leads", json("{\"name\": \"To link\"}")).get("id").asLong();
        Contact contact = new Contact();
        contact.setId(sandbox().data().list("contacts").get(0).get("id").asLong());

        Link link = call(dsl, "link", contact, lead, Link.class);
        @SuppressWarnings("unchecked")
        List<Link> links = call(dsl, "links", null, lead, List.class);

        assertThat(link.getToEntityId()).isEqualTo(contact.getId());
        assertThat(links).extracting(Link::getToEntityType, Link::getToEntityId)
                .contains(tuple("contacts", contact.getId()));
        ObjectNode stored = sandbox().data().get("leads", lead).orElseThrow();
        assertThat(stored.path("_embedded").path("contacts").findValuesAsText("id"))
                .contains(String.valueOf(contact.getId()));
    }

    @Test
    void aLinkToWhatALeadCannotLinkFailsBeforeSending() {
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();

        Exception e = template.request("direct:java-link", x -> {
            x.getMessage().setBody(new Link("tasks", 1));
            x.getMessage().setHeader(KommoConstants.ENTITY_ID, lead);
        }).getException();

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tasks'")
                .hasMessageContaining("contacts");
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/" + lead + "/link")).isEmpty();
    }

    @Test
    void aTagIsAddedWithoutLosingTheOthersThenRemoved() {
        long lead = sandbox().data().create("leads", json("{\"name\": \"Tagged\", \"_embedded\": {\"tags\": "
                                                          + "[{\"name\": \"First\"}, {\"name\": \"Second\"}]}}"))
                .get("id").asLong();
        Lead fetched = template.requestBodyAndHeader("kommo:leads?operation=get", null, KommoConstants.ENTITY_ID, lead,
                Lead.class);

        template.requestBody("direct:java-update-lead", fetched.tag("Third"));
        List<String> afterAdd = sandbox().data().get("leads", lead).orElseThrow().path("_embedded").path("tags")
                .findValuesAsText("name");
        Lead untag = new Lead();
        untag.setId(lead);
        template.requestBody("direct:java-update-lead", untag.untag("First"));
        List<String> afterRemove = sandbox().data().get("leads", lead).orElseThrow().path("_embedded").path("tags")
                .findValuesAsText("name");

        assertThat(afterAdd).containsExactlyInAnyOrder("First", "Second", "Third");
        assertThat(afterRemove).containsExactlyInAnyOrder("Second", "Third");
        assertThat(sandbox().stats().requests("PATCH", "/api/v4/leads").get(0).body()).contains("tags_to_add")
                .doesNotContain("\"_embedded\"");
        @SuppressWarnings("unchecked")
        List<Tag> tags = template.requestBody("direct:java-tags", null, List.class);
        assertThat(tags).extracting(Tag::getName).contains("First", "Second", "Third");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aLeadIsClosedAsLostWithAReason(String dsl) {
        long lead = sandbox().data().create("leads", json("{\"name\": \"Lost cause\"}")).get("id").asLong();
        @SuppressWarnings("unchecked")
        List<LossReason> reasons = call(dsl, "loss-reasons", null, List.class);
        LossReason reason = reasons.get(0);
        Lead lost = new Lead();
        lost.setId(lead);
        lost.setStatusId(143L);
        lost.setLossReasonId(reason.getId());

        call(dsl, "update-lead", lost, Lead.class);

        ObjectNode stored = sandbox().data().get("leads", lead).orElseThrow();
        assertThat(stored.get("status_id").asLong()).isEqualTo(143);
        assertThat(stored.get("loss_reason_id").asLong()).isEqualTo(reason.getId());
        assertThat(reason.getName()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void eventsOfLeadsAreReadWithTheSingularNameKommoUses(String dsl) {
        Lead lead = new Lead();
        lead.setName("Eventful");
        template.requestBody("direct:java-create-lead", lead);

        @SuppressWarnings("unchecked")
        List<Event> events = call(dsl, "events", null, List.class);

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getEntityType()).isEqualTo("lead"));
        assertThat(events).extracting(Event::getType).contains("lead_added");
        assertThat(sandbox().stats().requests("GET", "/api/v4/events")).extracting(RecordedRequest::query)
                .allSatisfy(q -> assertThat(q).contains("filter[entity]").contains("=lead").doesNotContain("leads")
                        .contains("limit=100"));
    }

    @Test
    void customFieldsByNameFlattenEachLeadForRoutesThatJustWantData() {
        long discount = definition("leads", "Discount").get("id").asLong();
        long lead = sandbox().data()
                .create("leads", json("{\"name\": \"Flat\", \"custom_fields_values\": [{\"field_id\": "
                                      + discount + ", \"values\": [{\"value\": 7}]}]}"))
                .get("id").asLong();

        @SuppressWarnings("unchecked")
        Map<String, Object> flat = template.requestBodyAndHeader("kommo:leads?operation=get&customFieldsAs=names", null,
                KommoConstants.ENTITY_ID, lead, Map.class);

        assertThat(flat).containsEntry("name", "Flat").containsKey("Discount")
                .doesNotContainKey("custom_fields_values");
        assertThat(flat.get("Discount")).hasToString("7");
    }

    /**
     * The whole first hour, against the sandbox as against a real account: a lead with three custom fields
     * given by name, a note, a linked contact, a tag added without losing the others, closed as lost with a reason;
     * and a consumer with includeDeleted that sees the lead's deletion once.
     */
    @Test
    void theFirstHourOfAnIntegration() throws Exception {
        List<Exchange> deletions = new CopyOnWriteArrayList<>();
        long start = sandbox().clock().nowSeconds();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?includeDeleted=true&delay=50&modifiedSince=" + start).routeId("watch")
                        .filter(header(KommoConstants.CHANGE_TYPE).isEqualTo("deleted")).process(deletions::add);
            }
        });
        String label = definition("leads", "Source").path("enums").get(0).path("value").asText();
        long contact = sandbox().data().list("contacts").get(0).get("id").asLong();
        Lead lead = new Lead();
        lead.setName("First hour");
        lead.field("Discount", 10).field("Source", label).field("Expected delivery", "2026-06-01");
        lead.setEmbedded(new Embedded());
        lead.getEmbedded().setTags(List.of(Tag.named("Inbound")));

        long id = template.requestBody("direct:java-create-lead", lead, Lead.class).getId();
        template.requestBodyAndHeader("direct:java-note", Note.common("First call"), KommoConstants.ENTITY_ID, id);
        Contact existing = new Contact();
        existing.setId(contact);
        template.requestBodyAndHeader("direct:java-link", existing, KommoConstants.ENTITY_ID, id);
        Lead tagged = new Lead();
        tagged.setId(id);
        template.requestBody("direct:java-update-lead", tagged.tag("Hot"));
        @SuppressWarnings("unchecked")
        List<LossReason> reasons = template.requestBody("direct:java-loss-reasons", null, List.class);
        Lead lost = new Lead();
        lost.setId(id);
        lost.setStatusId(143L);
        lost.setLossReasonId(reasons.get(0).getId());
        template.requestBody("direct:java-update-lead", lost);
        ObjectNode closed = sandbox().data().get("leads", id).orElseThrow();
        sandbox().clock().advanceSeconds(1);
        sandbox().data().delete("leads", id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !deletions.isEmpty());
        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> deletions.size() == 1);

        assertThat(closed.path("custom_fields_values")).hasSize(3);
        assertThat(closed.path("_embedded").path("tags").findValuesAsText("name")).containsExactlyInAnyOrder("Inbound",
                "Hot");
        assertThat(closed.path("_embedded").path("contacts").findValuesAsText("id")).contains(String.valueOf(contact));
        assertThat(closed.get("status_id").asLong()).isEqualTo(143);
        assertThat(closed.get("loss_reason_id").asLong()).isEqualTo(reasons.get(0).getId());
        assertThat(sandbox().data().get("leads", id)).as("a deleted lead is gone from reads").isEmpty();
        assertThat(deletions.get(0).getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(id);
        assertThat(deletions.get(0).getMessage().getBody(Lead.class).getIsDeleted()).isTrue();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) KommoJson.newMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
