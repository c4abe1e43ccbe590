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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.ComplexLeadResult;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.Embedded;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The paths a request takes when things go wrong or get large: a dropped connection, a timeout, a list failing
 * part-way, a 429 hint longer than allowed, a complex create beyond one request, and raw JSON. The sandbox's faults
 * and request log are the evidence.
 */
class KommoFailurePathsTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setRetryBackoff(20);
        kommo.setMaxRetryAfter(1_000);
        kommo.setResponseTimeout(1_000);
        return kommo;
    }

    @Test
    void aReadWhoseConnectionDropsIsRetriedAndAnswers() {
        sandbox().faults().dropConnectionNext(1, "GET", "/api/v4/leads");

        @SuppressWarnings("unchecked")
        List<Lead> leads = template.requestBody("kommo:leads?operation=list", null, List.class);

        assertThat(leads).isNotEmpty();
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).extracting(RecordedRequest::status)
                .containsExactly(0, 200);
    }

    @Test
    void aCreateThatTimesOutIsNotSentTwiceAndSaysWhatIsUncertain() {
        int before = sandbox().data().count("leads");
        sandbox().faults().latency(Duration.ofMillis(3_000));
        Lead lead = new Lead();
        lead.setName("Slow");

        Exchange exchange = template.request("kommo:leads?operation=create", e -> e.getMessage().setBody(lead));
        sandbox().faults().clear();

        assertThat(exchange.getException()).isInstanceOf(KommoConnectionException.class);
        KommoConnectionException e = (KommoConnectionException) exchange.getException();
        assertThat(e.getWriteOutcome().uncertain()).containsExactly(0);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> sandbox().stats().requests("POST", "/api/v4/leads").size() == 1);
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).as("a POST is never retried by default")
                .hasSize(1);
        assertThat(sandbox().data().count("leads")).isLessThanOrEqualTo(before + 1);
    }

    @Test
    void allPagesHandsOutWhatItReadBeforeAPageFails() {
        kommo().setMaxRetries(0);

        @SuppressWarnings("unchecked")
        Iterator<Object> contacts = template.requestBody("kommo:contacts?operation=list&allPages=true&pageSize=2", null,
                Iterator.class);
        List<Object> read = new ArrayList<>(List.of(contacts.next(), contacts.next())); // the first page, read lazily
        sandbox().faults().failNext(1, "GET", "/api/v4/contacts", 500); // the second page fails

        assertThatThrownBy(() -> contacts.forEachRemaining(read::add)).isInstanceOf(RuntimeCamelException.class)
                .hasCauseInstanceOf(KommoServerException.class);
        assertThat(read).hasSize(2);
        assertThat(sandbox().stats().requests("GET", "/api/v4/contacts")).extracting(RecordedRequest::status)
                .containsExactly(200, 500);
    }

    @Test
    void aRetryAfterLongerThanMaxRetryAfterIsCapped() {
        sandbox().faults().rateLimitNext(1, 300);

        @SuppressWarnings("unchecked")
        List<Lead> leads = template.requestBody("kommo:leads?operation=list", null, List.class);

        List<RecordedRequest> reads = sandbox().stats().requests("GET", "/api/v4/leads");
        assertThat(leads).isNotEmpty();
        assertThat(reads).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.ofNanos(reads.get(1).nanoTime() - reads.get(0).nanoTime()))
                .as("waited maxRetryAfter (1 s), not Kommo's 300 s hint").isBetween(Duration.ofMillis(900),
                        Duration.ofSeconds(30));
    }

    @Test
    void moreThanFiftyComplexLeadsGoInRequestsOfFifty() {
        List<Lead> leads = IntStream.range(0, 51).mapToObj(i -> {
            Lead lead = new Lead();
            lead.setName("Complex " + i);
            Contact contact = new Contact();
            contact.setName("Buyer " + i);
            Company company = new Company();
            company.setName("Firm " + i);
            lead.setEmbedded(new Embedded());
            lead.getEmbedded().setContacts(List.of(contact));
            lead.getEmbedded().setCompanies(List.of(company));
            return lead;
        }).toList();

        @SuppressWarnings("unchecked")
        List<ComplexLeadResult> results = template.requestBody("kommo:leads?operation=createComplex", leads,
                List.class);

        assertThat(results).hasSize(51).allSatisfy(r -> assertThat(r.getId()).isNotNull());
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/complex")).hasSize(2);
        assertThat(sandbox().data().get("leads", results.get(50).getId()).orElseThrow().get("name").asText())
                .isEqualTo("Complex 50");
    }

    @Test
    void rawJsonIsTheEntityAsKommoSentIt() throws Exception {
        long id = sandbox().data().list("leads").get(0).get("id").asLong();

        String json = template.requestBodyAndHeader("kommo:leads?operation=get&rawJson=true", null,
                KommoConstants.ENTITY_ID, id, String.class);

        @SuppressWarnings("unchecked")
        Map<String, Object> lead = new ObjectMapper().readValue(json, Map.class);
        assertThat(lead.get("id")).hasToString(String.valueOf(id));
        assertThat(lead).containsKeys("_links", "account_id", "group_id");
    }
}
