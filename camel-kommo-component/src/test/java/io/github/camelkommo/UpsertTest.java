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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code operation=upsert} against the sandbox's search semantics (docs/sandbox.md, "Search: query and custom field
 * filters"; docs/design/upsert.md): phones by digits with the account's country rule, external ids by Kommo's custom
 * field filter, several matches an error naming them, and the lookups of a batch in a few requests.
 */
class UpsertTest extends KommoTestSupport {

    private static final String CONTACTS = "/api/v4/contacts";
    private static final String LEADS = "/api/v4/leads";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:contacts-by-phone").to("kommo:contacts?operation=upsert&matchBy=PHONE");
                from("direct:contacts-by-phone-first")
                        .to("kommo:contacts?operation=upsert&matchBy=PHONE&matchPolicy=first");
                from("direct:contacts-by-email").to("kommo:contacts?operation=upsert&matchBy=EMAIL");
                from("direct:orders").to("kommo:leads?operation=upsert&matchBy=Order ID");
                from("direct:numeric-orders").to("kommo:leads?operation=upsert&matchBy=Shop order");
                from("direct:shop-customers").to("kommo:customers?operation=upsert&matchBy=Shop customer");
            }
        };
    }

    private static Map<String, Object> contact(String name, String phone) {
        return Map.of("name", name, "custom_fields_values",
                List.of(Map.of("field_code", "PHONE", "values", List.of(Map.of("value", phone, "enum_code", "WORK")))));
    }

    private Exchange upsert(String endpoint, Object body) {
        Exchange exchange = template.request(endpoint, e -> e.getMessage().setBody(body));
        if (exchange.getException() != null) {
            throw new CamelExecutionException("upsert failed", exchange, exchange.getException());
        }
        return exchange;
    }

    private List<RecordedRequest> requests(String method, String path) {
        return sandbox().stats().requests(method, path).stream().filter(r -> r.path().equals(path)).toList();
    }

    private List<ObjectNode> contactsWithPhoneDigits(String digits) {
        return sandbox().data().list("contacts").stream()
                .filter(c -> c.path("custom_fields_values").findValuesAsText("value").stream()
                        .anyMatch(v -> v.replaceAll("\\D", "").endsWith(digits)))
                .toList();
    }

    @Test
    void aContactUpsertedByPhoneWrittenThreeWaysIsOneContactOnARussianAccount() {
        sandbox().data().setCountry("RU");

        Exchange first = upsert("direct:contacts-by-phone", contact("Anna", "+7 (999) 123-45-67"));
        Exchange second = upsert("direct:contacts-by-phone", contact("Anna Petrova", "79991234567"));
        Exchange third = upsert("direct:contacts-by-phone", contact("Anna P.", "8 999 123 45 67"));

        assertThat(first.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("created"));
        assertThat(second.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        assertThat(third.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        long id = first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
        assertThat(third.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(id);
        List<ObjectNode> stored = contactsWithPhoneDigits("9991234567");
        assertThat(stored).extracting(c -> c.get("id").asLong()).containsExactly(id);
        assertThat(stored.get(0).get("name").asText()).isEqualTo("Anna P.");
        // one POST, two PATCHes, and one index read of the account's contacts per upsert (the seed has < 250)
        assertThat(requests("POST", CONTACTS)).hasSize(1);
        assertThat(requests("PATCH", CONTACTS)).hasSize(2);
        assertThat(requests("GET", CONTACTS)).hasSize(3);
    }

    @Test
    void onAnAccountOutsideRussiaAnEightIsNotASeven() {
        // the seed account is US: 8 999 ... and +7 999 ... are different numbers (Kommo's query says so too, S8)
        upsert("direct:contacts-by-phone", contact("Anna", "+7 (999) 123-45-67"));
        Exchange again = upsert("direct:contacts-by-phone", contact("Anna", "79991234567"));
        Exchange eight = upsert("direct:contacts-by-phone", contact("Other", "8 999 123 45 67"));

        assertThat(again.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        assertThat(eight.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("created"));
        assertThat(contactsWithPhoneDigits("9991234567")).hasSize(2);
    }

    @Test
    void anOrderUpsertedByOrderIdTwiceIsOneLeadUpdated() throws Exception {
        long orderId = sandbox().data().defineCustomField("leads", "Order ID", null, "text").get("id").asLong();
        Map<String, Object> order = Map.of("name", "Order 1001", "price", 100, "customFields",
                Map.of("Order ID", "1001"));
        Map<String, Object> changed = Map.of("name", "Order 1001 (paid)", "price", 150, "customFields",
                Map.of("Order ID", "1001"));

        Exchange first = upsert("direct:orders", order);
        Exchange second = upsert("direct:orders", changed);

        assertThat(first.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("created"));
        assertThat(second.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        long id = first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
        List<ObjectNode> orders = sandbox().data().list("leads").stream()
                .filter(l -> l.path("custom_fields_values").toString().contains("\"field_id\":" + orderId)).toList();
        assertThat(orders).extracting(l -> l.get("id").asLong()).containsExactly(id);
        assertThat(orders.get(0).get("price").asLong()).isEqualTo(150);
        assertThat(orders.get(0).get("name").asText()).isEqualTo("Order 1001 (paid)");
        // found by Kommo's custom field filter, one value asked for, not by reading every lead
        List<RecordedRequest> lookups = requests("GET", LEADS);
        assertThat(lookups).hasSize(2);
        assertThat(URLDecoder.decode(lookups.get(1).query(), StandardCharsets.UTF_8))
                .contains("filter[custom_fields_values][" + orderId + "][]=1001");
        // the update sends only what the item gives: no created_at, no read-only keys
        JsonNode patch = KommoJson.newMapper().readTree(requests("PATCH", LEADS).get(0).body()).get(0);
        assertThat(patch.get("id").asLong()).isEqualTo(id);
        assertThat(patch.has("created_at")).isFalse();
        assertThat(patch.has("updated_at")).isFalse();
    }

    @Test
    void aCustomerUpsertedByItsShopIdTwiceIsOneCustomerUpdated() {
        long shopId = sandbox().data().defineCustomField("customers", "Shop customer", null, "text").get("id")
                .asLong();

        Exchange first = upsert("direct:shop-customers",
                Map.of("name", "Anna's shop account", "customFields", Map.of("Shop customer", "C-77")));
        Exchange second = upsert("direct:shop-customers",
                Map.of("name", "Anna's shop account (gold)", "customFields", Map.of("Shop customer", "C-77")));

        assertThat(first.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("created"));
        assertThat(second.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        List<ObjectNode> customers = sandbox().data().list("customers").stream()
                .filter(c -> c.path("custom_fields_values").toString().contains("\"field_id\":" + shopId)).toList();
        assertThat(customers).extracting(c -> c.get("id").asLong())
                .containsExactly(first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class));
        assertThat(customers.get(0).get("name").asText()).isEqualTo("Anna's shop account (gold)");
        assertThat(URLDecoder.decode(requests("GET", "/api/v4/customers").get(1).query(), StandardCharsets.UTF_8))
                .contains("filter[custom_fields_values][" + shopId + "][]=C-77");
    }

    @Test
    void aBatchOfOrdersIsLookedUpInOneFilterRequestAndAnsweredInInputOrder() {
        sandbox().data().defineCustomField("leads", "Order ID", null, "text");
        upsert("direct:orders", List.of(Map.of("name", "Order 2", "customFields", Map.of("Order ID", "A-2")),
                Map.of("name", "Order 4", "customFields", Map.of("Order ID", "A-4"))));
        sandbox().stats().clear();

        List<Map<String, Object>> batch = List.of(
                Map.of("name", "Order 1", "customFields", Map.of("Order ID", "A-1")),
                Map.of("name", "Order 2 again", "customFields", Map.of("Order ID", "A-2")),
                Map.of("name", "Order 3", "customFields", Map.of("Order ID", "A-3")),
                Map.of("name", "Order 4 again", "customFields", Map.of("Order ID", "A-4")));
        Exchange done = upsert("direct:orders", batch);

        assertThat(done.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS))
                .isEqualTo(List.of("created", "updated", "created", "updated"));
        List<?> body = done.getMessage().getBody(List.class);
        assertThat(body).hasSize(4);
        assertThat(body).extracting(o -> ((Lead) o).getName())
                .containsExactly("Order 1", "Order 2 again", "Order 3", "Order 4 again");
        assertThat(requests("GET", LEADS)).hasSize(1);
        assertThat(requests("PATCH", LEADS)).hasSize(1);
        assertThat(requests("POST", LEADS)).hasSize(1);
        assertThat(sandbox().data().list("leads").stream().filter(l -> l.get("name").asText().startsWith("Order ")))
                .hasSize(4);
    }

    @Test
    void aNumericExternalIdMatchesAsANumber() {
        sandbox().data().defineCustomField("leads", "Shop order", null, "numeric");
        Exchange first = upsert("direct:numeric-orders", Map.of("name", "Order 77", "customFields",
                Map.of("Shop order", 77)));

        Exchange again = upsert("direct:numeric-orders", Map.of("name", "Order 77 shipped", "customFields",
                Map.of("Shop order", "77.0")));

        assertThat(again.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
        long id = first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
        assertThat(again.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(id);
        assertThat(sandbox().data().get("leads", id).orElseThrow().get("name").asText()).isEqualTo("Order 77 shipped");
    }

    @Test
    void severalMatchesAreAnErrorNamingThemAndNothingIsWritten() {
        long one = sandbox().data().create("contacts", json(contact("Anna", "+1 555 0100"))).get("id").asLong();
        long two = sandbox().data().create("contacts", json(contact("Anna (old)", "1-555-0100"))).get("id").asLong();
        sandbox().stats().clear();

        assertThatThrownBy(() -> upsert("direct:contacts-by-phone", contact("Anna", "15550100")))
                .hasCauseInstanceOf(KommoException.class)
                .cause().hasMessageContaining("contacts " + Math.min(one, two) + ", " + Math.max(one, two))
                .hasMessageContaining("Nothing was written").hasMessageContaining("matchPolicy");
        assertThat(requests("POST", CONTACTS)).isEmpty();
        assertThat(requests("PATCH", CONTACTS)).isEmpty();

        Exchange first = upsert("direct:contacts-by-phone-first", contact("Anna F.", "15550100"));
        assertThat(first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(Math.min(one, two));
        assertThat(sandbox().data().get("contacts", Math.min(one, two)).orElseThrow().get("name").asText())
                .isEqualTo("Anna F.");
    }

    @Test
    void eMailsMatchIgnoringCase() {
        long id = sandbox().data().create("contacts", json(Map.of("name", "Bea", "custom_fields_values", List.of(Map.of(
                "field_code", "EMAIL", "values", List.of(Map.of("value", "Bea@Example.com", "enum_code", "WORK")))))))
                .get("id").asLong();

        Exchange done = upsert("direct:contacts-by-email", Map.of("name", "Bea K.", "custom_fields_values", List.of(
                Map.of("field_code", "EMAIL", "values", List.of(Map.of("value", "bea@example.COM"))))));

        assertThat(done.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class)).isEqualTo(id);
        assertThat(sandbox().data().get("contacts", id).orElseThrow().get("name").asText()).isEqualTo("Bea K.");
    }

    @Test
    void badMatchOptionsFailBeforeAnyWriteNamingTheOptionAndTheChoices() {
        assertThatThrownBy(() -> template.requestBody("kommo:leads?operation=upsert", Map.of("name", "x")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class).rootCause().hasMessageContaining("matchBy");
        assertThatThrownBy(() -> template.requestBody("kommo:leads?operation=upsert&matchBy=Paid",
                Map.of("name", "x"))).rootCause().hasMessageContaining("Paid").hasMessageContaining("checkbox")
                .hasMessageContaining("text");
        assertThatThrownBy(() -> template.requestBody("kommo:contacts?operation=upsert&matchBy=PHONE&matchPolicy=any",
                contact("x", "1"))).rootCause().hasMessageContaining("matchPolicy 'any'")
                .hasMessageContaining("error, first or newest");
        assertThatThrownBy(() -> template.requestBody("kommo:contacts?operation=upsert&matchBy=PHONE",
                Map.of("name", "no phone"))).rootCause().hasMessageContaining("input positions [0]");
        assertThat(requests("POST", CONTACTS)).isEmpty();
        assertThat(requests("POST", LEADS)).isEmpty();
    }

    @Test
    void aChunkKommoStoredButDidNotAnswerIsUncertainJournaledAndFoundByTheNextRun() {
        MemoryIdempotentRepository journal = new MemoryIdempotentRepository();
        context.getRegistry().bind("journal", journal);
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(contact("Buyer " + i, "+44 20 7946 " + String.format("%04d", i)));
            if (i % 6 == 0) { // five of them are in Kommo already, written without blanks
                sandbox().data().create("contacts",
                        json(contact("Buyer " + i, "442079460" + String.format("%03d", i))));
            }
        }
        List<Integer> creating = IntStream.range(0, 30).filter(i -> i % 6 != 0).boxed().toList();
        sandbox().faults().timeoutAfterWrite(1, "POST", CONTACTS); // the first create chunk is stored, then a 504
        String endpoint = "kommo:contacts?operation=upsert&matchBy=PHONE&batchSize=10&idempotencyRepository=#journal";

        Exchange failed = template.request(endpoint, e -> e.getMessage().setBody(batch));

        assertThat(failed.getException()).as("the 504 on the first create chunk")
                .isInstanceOf(KommoException.class);
        KommoException failure = (KommoException) failed.getException();
        assertThat(failure.getWriteOutcome().uncertain()).isEqualTo(creating.subList(0, 10));
        assertThat(failure.getWriteOutcome().notWritten()).isEqualTo(creating.subList(10, 25));
        assertThat(failure.getWriteOutcome().written()).hasSize(5);
        assertThat(journal.contains("contacts:PHONE:PHONE:442079460001")).as("sent, outcome unknown").isTrue();
        assertThat(journal.contains("contacts:PHONE:PHONE:442079460029")).as("never sent").isFalse();
        assertThat(contactsWithPhoneDigits("2079460001")).hasSize(1);

        Exchange again = upsert(endpoint, batch);

        List<?> actions = again.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS, List.class);
        assertThat(actions.stream().filter("updated"::equals).count()).isEqualTo(15); // 5 before, 10 stored at the 504
        assertThat(actions.stream().filter("created"::equals).count()).isEqualTo(15);
        for (int i = 0; i < 30; i++) {
            assertThat(contactsWithPhoneDigits("207946" + String.format("%04d", i))).as("phone " + i).hasSize(1);
        }
    }

    private static ObjectNode json(Object value) {
        return KommoJson.newMapper().valueToTree(value);
    }
}
