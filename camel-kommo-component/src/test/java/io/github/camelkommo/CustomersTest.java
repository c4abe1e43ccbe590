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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.model.Customer;
import io.github.camelkommo.model.CustomerStatus;
import io.github.camelkommo.model.Embedded;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Segment;
import io.github.camelkommo.model.Transaction;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Customers, their transactions, segments and statuses through the same producer as leads (amoCRM customers-api and
 * customers-statuses-api; ground-truth/customers, transactions, segments, customer_statuses), against the sandbox's
 * stored data.
 */
class CustomersTest extends KommoTestSupport {

    private long segment(String name) {
        return sandbox().data().list("segments").stream().filter(s -> name.equals(s.get("name").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /** Switches the account's customers mode as an administrator would (PATCH /customers/mode). */
    private void customersMode(String mode, boolean enabled) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(sandbox().baseUrl() + "/api/v4/customers/mode"))
                .header("Authorization", "Bearer " + sandbox().token()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers
                        .ofString("{\"mode\": \"" + mode + "\", \"is_enabled\": " + enabled + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void aRouteCreatesACustomerWithATransactionAndPutsItInASegment() {
        long wholesale = segment("Wholesale");
        Customer customer = new Customer();
        customer.setName("Acme Retail");
        customer.setNextPrice(5000L);
        customer.field("Loyalty card", "LC-2201").tag("vip");
        Embedded embedded = new Embedded();
        Segment inSegment = new Segment();
        inSegment.setId(wholesale);
        embedded.setSegments(List.of(inSegment));
        customer.setEmbedded(embedded);

        Customer created = template.requestBody("kommo:customers?operation=create", customer, Customer.class);
        Transaction purchase = new Transaction();
        purchase.setPrice(1200L);
        purchase.setComment("First order");
        Transaction added = template.requestBodyAndHeader("kommo:transactions?operation=create", purchase,
                KommoConstants.CUSTOMER_ID, created.getId(), Transaction.class);

        JsonNode stored = sandbox().data().get("customers", created.getId()).orElseThrow();
        assertThat(stored.get("name").asText()).isEqualTo("Acme Retail");
        assertThat(stored.at("/_embedded/segments/0/id").asLong()).isEqualTo(wholesale);
        assertThat(stored.at("/_embedded/tags/0/name").asText()).isEqualTo("vip");
        assertThat(stored.at("/custom_fields_values/0/values/0/value").asText()).isEqualTo("LC-2201");
        assertThat(stored.get("purchases_count").asInt()).isEqualTo(1);
        assertThat(stored.get("ltv").asLong()).isEqualTo(1200);
        JsonNode transaction = sandbox().data().get("transactions", added.getId()).orElseThrow();
        assertThat(transaction.get("customer_id").asLong()).isEqualTo(created.getId());
        assertThat(transaction.get("comment").asText()).isEqualTo("First order");
        assertThat(sandbox().stats().requests("POST", "/api/v4/customers/" + created.getId() + "/transactions"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void transactionsAreListedForOneCustomerOrAllAndDeletedById() {
        Customer customer = new Customer();
        customer.setName("Two purchases");
        long id = template.requestBody("kommo:customers?operation=create", customer, Customer.class).getId();
        @SuppressWarnings("unchecked")
        List<Transaction> added = template.requestBody("kommo:transactions?operation=create&customerId=" + id,
                List.of(Map.of("price", 100), Map.of("price", 250, "comment", "second")), List.class);
        assertThat(added).extracting(Transaction::getPrice).containsExactly(100L, 250L);

        List<?> ofCustomer = template.requestBody("kommo:transactions?operation=list&customerId=" + id, null,
                List.class);
        List<?> ofAll = template.requestBody("kommo:transactions?operation=list", null, List.class);
        Object deleted = template.requestBodyAndHeader("kommo:transactions?operation=delete", null,
                KommoConstants.ENTITY_ID, added.get(0).getId());

        assertThat(ofCustomer).hasSize(2);
        assertThat(ofAll).hasSizeGreaterThanOrEqualTo(2);
        assertThat(deleted).isEqualTo(added.get(0).getId());
        assertThat(sandbox().data().get("transactions", added.get(0).getId())).isEmpty();
        assertThat(sandbox().data().get("transactions", added.get(1).getId())).isPresent();
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/customers/transactions/" + added.get(0).getId()))
                .extracting(RecordedRequest::status).containsExactly(204);
    }

    @Test
    void aTransactionWithoutItsCustomerFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> template.requestBody("kommo:transactions?operation=create", Map.of("price", 1)))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kommo:transactions needs a customer").hasMessageContaining("customerId")
                .hasMessageContaining(KommoConstants.CUSTOMER_ID);
        assertThat(sandbox().stats().requests("POST", "/api/v4/customers/transactions")).isEmpty();
    }

    @Test
    void segmentsAreCreatedUpdatedAndDeletedOneAtATime() {
        Segment gold = new Segment();
        gold.setName("Gold");
        gold.setColor("2176ff");
        Segment created = template.requestBody("kommo:segments?operation=create", gold, Segment.class);
        created.setName("Platinum");
        template.requestBody("kommo:segments?operation=update", created);
        assertThat(sandbox().data().get("segments", created.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Platinum");
        assertThat(sandbox().stats().requests("POST", "/api/v4/customers/segments").get(0).body())
                .isEqualTo("{\"name\":\"Gold\",\"color\":\"2176ff\"}");

        template.requestBody("kommo:segments?operation=delete", created);

        assertThat(sandbox().data().get("segments", created.getId())).isEmpty();
        assertThat(template.requestBody("kommo:segments?operation=list", null, List.class)).hasSize(2);
    }

    @Test
    void customerStatusesWorkInThePeriodicPurchasesMode() throws Exception {
        customersMode("periodicity", true);
        CustomerStatus loyal = new CustomerStatus();
        loyal.setName("Loyal");
        loyal.setSort(50);
        loyal.setColor("#fffeb2");
        CustomerStatus created = template.requestBody("kommo:customerStatuses?operation=create", loyal,
                CustomerStatus.class);
        created.setName("Very loyal");
        template.requestBody("kommo:customerStatuses?operation=update", created);

        assertThat(sandbox().data().get("statuses", created.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Very loyal");
        template.requestBodyAndHeader("kommo:customerStatuses?operation=delete", null, KommoConstants.ENTITY_ID,
                created.getId());
        assertThat(sandbox().data().get("statuses", created.getId())).isEmpty();
    }

    @Test
    void customersTurnedOffFailWithAnErrorNamingTheAccountSetting() throws Exception {
        customersMode("segments", false);

        assertThatThrownBy(() -> template.requestBody("kommo:customers?operation=list", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(KommoApiException.class)
                .hasMessageContaining("customers_mode")
                .satisfies(e -> assertThat(((KommoApiException) e).getStatusCode()).isEqualTo(403));
    }

    @Test
    void aRefusalThatDoesNotSayWhyStillNamesTheAccountSetting() {
        sandbox().faults().failNext(1, "GET", "/api/v4/customers", 403); // Kommo's answer with customers off: unknown

        assertThatThrownBy(() -> template.requestBody("kommo:customers?operation=list", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(KommoApiException.class)
                .hasMessageContaining("customers_mode");
    }

    @Test
    void notesAndLinksWorkOnCustomersAsOnLeads() {
        Customer customer = new Customer();
        customer.setName("With a note");
        long id = template.requestBody("kommo:customers?operation=create", customer, Customer.class).getId();
        Note note = new Note();
        note.setNoteType("common");
        note.setParams(Map.of("text", "Prefers invoices"));
        template.requestBodyAndHeader("kommo:notes?operation=create&entityType=customers", note,
                KommoConstants.ENTITY_ID, id);
        long contact = sandbox().data().list("contacts").get(0).get("id").asLong();
        template.requestBodyAndHeader("kommo:customers?operation=link",
                Map.of("to_entity_id", contact, "to_entity_type", "contacts"), KommoConstants.ENTITY_ID, id);

        List<?> notes = template.requestBodyAndHeader("kommo:notes?operation=list&entityType=customers", null,
                KommoConstants.ENTITY_ID, id, List.class);
        assertThat(notes).hasSize(1);
        assertThat(sandbox().data().links("customers", id)).anySatisfy(
                link -> assertThat(link.get("to_entity_id").asLong()).isEqualTo(contact));
    }

    @Test
    void aPollingConsumerDeliversNewAndChangedCustomersOnceEach() throws Exception {
        long start = now();
        long first = sandbox().data().create("customers", JsonNodeFactory.instance.objectNode().put("name", "First"))
                .get("id").asLong();
        List<Customer> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:customers?delay=50&modifiedSince=" + start).routeId("customers")
                        .process(e -> received.add(e.getMessage().getBody(Customer.class)));
            }
        });
        Awaitility.await("the first customer").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> received.size() >= 1);
        sandbox().clock().advanceSeconds(1);
        sandbox().data().update("customers", first,
                JsonNodeFactory.instance.objectNode().put("name", "First, renamed"));
        Awaitility.await("the change").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> received.size() >= 2);
        context.getRouteController().stopRoute("customers");

        assertThat(received).extracting(Customer::getId).containsExactly(first, first);
        assertThat(received).extracting(Customer::getName).containsExactly("First", "First, renamed");
    }
}
