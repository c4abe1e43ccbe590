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

import io.github.camelkommo.model.Note;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input fails before any request is sent, with a message that names the problem and the valid choices. Each
 * test also checks that the sandbox received nothing.
 */
class KommoBadInputTest extends KommoTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertThat(sandbox().stats().total()).as("requests the sandbox received").isZero();
    }

    private Throwable failure(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
        assertThat(exchange.getException()).as("exception of " + uri).isNotNull();
        return exchange.getException();
    }

    @Test
    void unknownEntityNamesTheEntities() {
        assertThatThrownBy(() -> context.getEndpoint("kommo:deals?operation=list"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Unknown Kommo entity 'deals'")
                .hasMessageContaining("leads, contacts, companies, tasks, pipelines, statuses, account, users, "
                                      + "customFields, notes, tags, lossReasons, events");
    }

    @Test
    void unknownOperationNamesTheOperations() {
        assertThatThrownBy(() -> context.getEndpoint("kommo:leads?operation=destroy"))
                .rootCause().hasMessageContaining("Unknown Kommo operation 'destroy'")
                .hasMessageContaining("list, get, create, update, createComplex, link, unlink, links")
                .hasMessageContaining("delete, accept, decline, summary, close");
    }

    @Test
    void unknownOperationInTheHeaderNamesTheOperations() {
        Throwable e = failure("kommo:leads?operation=list", null, Map.of(KommoConstants.OPERATION, "remove"));
        assertThat(e).hasMessageContaining("Unknown Kommo operation 'remove'").hasMessageContaining("createComplex");
    }

    @Test
    void operationTheEntityDoesNotSupportIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("kommo:pipelines?operation=create").createProducer())
                .hasMessageContaining("Operation 'create' is not supported by kommo:pipelines")
                .hasMessageContaining("it supports list, get");
        Throwable e = failure("kommo:contacts?operation=list", null, Map.of(KommoConstants.OPERATION, "createComplex"));
        assertThat(e).hasMessageContaining("Operation 'createComplex' is not supported by kommo:contacts");
    }

    @Test
    void notesTagsAndFieldsNeedToKnowWhoseTheyAre() {
        Throwable e = failure("kommo:notes?operation=list", null, Map.of());
        assertThat(e).hasMessageContaining("kommo:notes needs entityType=leads, contacts, companies or customers")
                .hasMessageContaining(KommoConstants.ENTITY_TYPE);
        Throwable header = failure("kommo:tags?operation=list", null, Map.of(KommoConstants.ENTITY_TYPE, "tasks"));
        assertThat(header).hasMessageContaining("Invalid entityType 'tasks'")
                .hasMessageContaining("leads, contacts, companies or customers");
        assertThatThrownBy(() -> context.getEndpoint("kommo:customFields?operation=list&entityType=deals"))
                .rootCause().hasMessageContaining("Invalid entityType 'deals'")
                .hasMessageContaining("leads, contacts, companies");
    }

    @Test
    void customFieldsAsNamesItsChoices() {
        assertThatThrownBy(() -> context.getEndpoint("kommo:leads?operation=get&customFieldsAs=labels"))
                .rootCause().hasMessageContaining("Invalid customFieldsAs 'labels'")
                .hasMessageContaining("models, names");
    }

    @Test
    void customFieldsGivenByNameMustBeAMap() {
        Throwable e = failure("kommo:leads?operation=create", Map.of("name", "x", "customFields", List.of("Budget")),
                Map.of());
        assertThat(e).hasMessageContaining("customFields")
                .hasMessageContaining("Map of custom field name or code to value");
    }

    @Test
    void aNoteNeedsItsEntity() {
        Throwable e = failure("kommo:notes?entityType=leads&operation=create", Note.common("hello"), Map.of());
        assertThat(e).hasMessageContaining("needs entity_id").hasMessageContaining(KommoConstants.ENTITY_ID);
    }

    @Test
    void deletionsAreForCards() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:tasks?includeDeleted=true").routeId("deleted-tasks").autoStartup(false).to("mock:never");
            }
        });
        assertThatThrownBy(() -> context.getRouteController().startRoute("deleted-tasks"))
                .hasStackTraceContaining("includeDeleted is for leads, contacts and companies");
    }

    @Test
    void theConsumersOwnUpdatedAtFilterIsRefusedNamingModifiedSince() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?filter.updated_at.from=1").routeId("own-filter").autoStartup(false).to("mock:never");
            }
        });
        assertThatThrownBy(() -> context.getRouteController().startRoute("own-filter"))
                .hasStackTraceContaining("filter.updated_at is the consumer's own")
                .hasStackTraceContaining("modifiedSince");
    }

    @Test
    void anOrderTheEntityCannotTakeNamesTheFieldsItTakes() {
        assertThatThrownBy(() -> context.getEndpoint("kommo:tasks?operation=list&order=updated_at:asc"))
                .rootCause().hasMessageContaining("kommo:tasks cannot be ordered by 'updated_at'")
                .hasMessageContaining("[complete_till, created_at, id]");
        Throwable e = failure("kommo:users?operation=list", null, Map.of(KommoConstants.ORDER, "id:asc"));
        assertThat(e).hasMessageContaining("Kommo takes no order for it");
    }

    @Test
    void anEntityIdThatIsNotPositiveIsRefused() {
        Throwable e = failure("kommo:leads?operation=get", null, Map.of(KommoConstants.ENTITY_ID, 0L));
        assertThat(e).hasMessageContaining("Invalid entity id 0").hasMessageContaining("positive");
    }

    @Test
    void aConsumerRefusesAnOperationAndAPollDelayOfZero() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?operation=list").routeId("with-operation").autoStartup(false).to("mock:never");
                from("kommo:leads?delay=abc").routeId("bad-delay").autoStartup(false).to("mock:never");
            }
        });
        assertThatThrownBy(() -> context.getRouteController().startRoute("with-operation"))
                .hasStackTraceContaining("operation=list is for producers");
        assertThatThrownBy(() -> context.getRouteController().startRoute("bad-delay"))
                .hasStackTraceContaining("delay must be a positive number of milliseconds");
    }

    @Test
    void missingOperationSaysHowToSetIt() {
        Throwable e = failure("kommo:leads", null, Map.of());
        assertThat(e).hasMessageContaining("No operation for kommo:leads")
                .hasMessageContaining(KommoConstants.OPERATION);
    }

    @Test
    void missingTokenSaysWhereTheTokenComesFrom() throws Exception {
        try (CamelContext other = contextWith(new KommoComponent())) {
            assertThatThrownBy(
                    () -> other.getEndpoint("kommo:leads?operation=list&subdomain=acme").createProducer().start())
                    .hasMessageContaining("No Kommo access token").hasMessageContaining("KOMMO_API_KEY");
        }
    }

    @Test
    void missingSubdomainSaysWhereItComesFrom() throws Exception {
        try (CamelContext other = contextWith(new KommoComponent())) {
            assertThatThrownBy(
                    () -> other.getEndpoint("kommo:leads?operation=list&accessToken=abc").createProducer().start())
                    .hasMessageContaining("No Kommo account").hasMessageContaining("KOMMO_SUBDOMAIN");
        }
    }

    @Test
    void subdomainMustBeAPlainHostLabel() throws Exception {
        try (CamelContext other = contextWith(new KommoComponent())) {
            assertPlainHostLabelsOnly(other);
        }
    }

    private static void assertPlainHostLabelsOnly(CamelContext other) {
        for (String subdomain : new String[]{"evil.com/x", "a@b", "acme.kommo.com", "-acme"}) {
            assertThatThrownBy(() -> other.getEndpoint("kommo:leads?operation=list&accessToken=abc&subdomain=RAW("
                                                       + subdomain + ")")
                    .createProducer().start())
                    .as(subdomain)
                    .hasMessageContaining("Invalid subdomain '" + subdomain + "'")
                    .hasMessageContaining("plain host label");
        }
    }

    @Test
    void unknownDomainNamesTheDomains() throws Exception {
        try (CamelContext other = contextWith(new KommoComponent())) {
            assertThatThrownBy(() -> other
                    .getEndpoint("kommo:leads?operation=list&accessToken=abc&subdomain=acme&domain=example.org")
                    .createProducer().start())
                    .hasMessageContaining("Unknown domain 'example.org'")
                    .hasMessageContaining("amocrm.com, amocrm.ru, kommo.com");
        }
    }

    @Test
    void plainHttpBaseUrlIsOnlyForLoopback() throws Exception {
        try (CamelContext other = contextWith(new KommoComponent())) {
            assertThatThrownBy(
                    () -> other.getEndpoint("kommo:leads?operation=list&accessToken=abc&baseUrl=http://crm.example.org")
                            .createProducer().start())
                    .hasMessageContaining("Refusing baseUrl 'http://crm.example.org'")
                    .hasMessageContaining("use https");
            assertThatThrownBy(() -> other.getEndpoint("kommo:leads?operation=list&accessToken=abc&baseUrl=ftp://x")
                    .createProducer().start())
                    .hasMessageContaining("Invalid baseUrl 'ftp://x'");
            assertThatThrownBy(() -> other.getEndpoint(
                    "kommo:leads?operation=list&accessToken=abc&baseUrl=RAW(http://user:secret@crm.example.org/?key=s3)")
                    .createProducer().start())
                    .hasMessageContaining("baseUrl 'http://***@crm.example.org/?***'")
                    .message().doesNotContain("secret").doesNotContain("s3");
        }
    }

    @Test
    void componentOptionsOutOfRangeNameTheOption() {
        KommoComponent component = new KommoComponent();
        component.setRequestsPerSecond(0);
        CamelContext other = new org.apache.camel.impl.DefaultCamelContext();
        other.addComponent("kommo", component);
        assertThatThrownBy(other::start).rootCause()
                .hasMessage("The kommo component option requestsPerSecond must be at least 1 (Kommo allows 7), was 0");
    }

    @Test
    void bodyOfTheWrongTypeNamesTheAcceptedTypes() {
        Throwable e = failure("kommo:leads?operation=create", 42, Map.of());
        assertThat(e).hasMessageContaining("java.lang.Integer cannot be sent to kommo:leads create")
                .hasMessageContaining("send a Lead, a Map, a List of either, or JSON text");
    }

    @Test
    void modelOfAnotherEntityIsRefused() {
        Throwable e = failure("kommo:leads?operation=create", new io.github.camelkommo.model.Contact(), Map.of());
        assertThat(e).hasMessageContaining("is a Contact but kommo:leads create takes a Lead");
    }

    @Test
    void malformedJsonSaysWhere() {
        Throwable e = failure("kommo:leads?operation=create", "[{\"name\": \"x\",}]", Map.of());
        assertThat(e).hasMessageContaining("is not valid JSON").hasMessageContaining("line 1");
    }

    @Test
    void noBodyForAWriteSaysWhatToSend() {
        Throwable e = failure("kommo:tasks?operation=create", null, Map.of());
        assertThat(e).hasMessageContaining("No body to send to kommo:tasks create").hasMessageContaining("send a Task");
    }

    @Test
    void getWithoutAnIdSaysHowToGiveOne() {
        Throwable e = failure("kommo:leads?operation=get", null, Map.of());
        assertThat(e).hasMessageContaining("needs an entity id").hasMessageContaining(KommoConstants.ENTITY_ID);
    }

    @Test
    void updateWithoutIdsNamesTheItems() {
        Throwable e = failure("kommo:leads?operation=update",
                java.util.List.of(Map.of("id", 1, "name", "a"), Map.of("name", "b"), Map.of("name", "c")), Map.of());
        assertThat(e).hasMessageContaining("needs an id on every item").hasMessageContaining("[1, 2]");
    }

    @Test
    void statusesWithoutAPipelineSaysHowToGiveOne() {
        Throwable e = failure("kommo:statuses?operation=list", null, Map.of());
        assertThat(e).hasMessageContaining("kommo:statuses needs a pipeline").hasMessageContaining("pipelineId");
    }

    @Test
    void pageSizeAboveKommosLimitIsRefused() {
        Throwable e = failure("kommo:leads?operation=list&pageSize=500", null, Map.of());
        assertThat(e).hasMessageContaining("pageSize must be between 1 and 250");
    }

    @Test
    void batchSizeAboveKommosLimitIsRefused() {
        Throwable e = failure("kommo:leads?operation=create&batchSize=251", Map.of("name", "x"), Map.of());
        assertThat(e).hasMessageContaining("batchSize must be between 1 and 250");
    }

    @Test
    void invalidOrderNamesTheChoices() {
        Throwable e = failure("kommo:leads?operation=list&order=updated_at:sideways", null, Map.of());
        assertThat(e).hasMessageContaining("Invalid order 'updated_at:sideways'").hasMessageContaining("asc or desc");
    }

    private CamelContext contextWith(KommoComponent component) throws Exception {
        component.setUseEnvironmentVariables(false);
        CamelContext other = new org.apache.camel.impl.DefaultCamelContext();
        other.addComponent("kommo", component);
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
            }
        });
        other.start();
        return other;
    }
}
