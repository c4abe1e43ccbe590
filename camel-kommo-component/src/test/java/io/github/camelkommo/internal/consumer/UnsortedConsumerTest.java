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
package io.github.camelkommo.internal.consumer;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.model.Unsorted;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code from("kommo:unsorted")} delivers each incoming lead once, oldest first, across restarts and within one
 * second. Kommo's list of Unsorted takes no time filter (amoCRM unsorted-api, "GET параметры": filter[uid],
 * filter[category], filter[pipeline_id], order by created_at or updated_at), so each poll reads the list in
 * {@code created_at} order and the watermark ({@code created_at} and the uids of its second) drops what was delivered.
 */
class UnsortedConsumerTest extends KommoTestSupport {

    private static final String LIST = "/api/v4/leads/unsorted";

    @TempDir
    Path stateDir;

    private static Map<String, Object> webForm(String lead) {
        return Map.of("source_uid", "site-form", "source_name", "Website", "_embedded",
                Map.of("leads", List.of(Map.of("name", lead)), "contacts", List.of(Map.of("first_name", "Ada"))),
                "metadata", Map.of("form_id", "contact-us", "form_name", "Contact us", "form_page",
                        "https://example.test", "form_sent_at", SANDBOX_EPOCH, "ip", "192.0.2.1", "referer",
                        "https://example.test/ads"));
    }

    private static void await(String what, BooleanSupplier done) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(done::getAsBoolean);
    }

    private String postForm(String lead) {
        return template.requestBody("kommo:unsorted?operation=create", webForm(lead), Unsorted.class).getUid();
    }

    private int polls() {
        return sandbox().stats().requests("GET", LIST).size();
    }

    /** Waits until the consumer has listed Unsorted {@code more} more times, so anything it would repeat it has. */
    private void awaitPolls(int more) {
        int from = polls();
        await(more + " more polls", () -> polls() >= from + more);
    }

    private MockEndpoint watch(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:unsorted?delay=20&" + options).routeId("triage").to("mock:triage");
            }
        });
        return getMockEndpoint("mock:triage");
    }

    private static List<String> uids(MockEndpoint mock) {
        return mock.getExchanges().stream().map(e -> e.getMessage().getHeader(KommoConstants.UID, String.class))
                .toList();
    }

    @Test
    void aWebFormPostedReachesTheRouteOnceAsAnUnsortedItemWithItsUid() throws Exception {
        MockEndpoint triage = watch("modifiedSince=" + now());
        String uid = postForm("Website enquiry");

        await("the form's item delivered", () -> triage.getReceivedCounter() == 1);
        awaitPolls(5);

        assertThat(triage.getReceivedCounter()).isEqualTo(1);
        Exchange delivered = triage.getExchanges().get(0);
        assertThat(delivered.getMessage().getHeader(KommoConstants.UID)).isEqualTo(uid);
        assertThat(delivered.getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created");
        Unsorted item = delivered.getMessage().getBody(Unsorted.class);
        assertThat(item.getUid()).isEqualTo(uid);
        assertThat(item.getCategory()).isEqualTo("forms");
        // Kommo documents no time filter and no If-Modified-Since for this list: the consumer sends only its order.
        assertThat(sandbox().stats().requests("GET", LIST)).allSatisfy(request -> {
            assertThat(request.status()).isIn(200, 204);
            String query = URLDecoder.decode(request.query(), StandardCharsets.UTF_8);
            assertThat(query).contains("order[created_at]=asc").doesNotContain("filter[created_at]");
            assertThat(request.headers()).doesNotContainKey("if-modified-since");
        });
    }

    @Test
    void aRestartOnTheSameStateRepositoryDeliversNothingTwiceAndWhatArrivedWhileStopped() throws Exception {
        context.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(new File(stateDir.toFile(), "watermark.dat")));
        MockEndpoint triage = watch("stateRepository=#watermarks&modifiedSince=" + now());
        String first = postForm("first");
        sandbox().clock().advanceSeconds(1);
        String second = postForm("second");
        await("both delivered", () -> triage.getReceivedCounter() == 2);

        context.getRouteController().stopRoute("triage");
        sandbox().clock().advanceSeconds(1);
        ObjectNode form = new ObjectMapper().valueToTree(webForm("while stopped"));
        String whileStopped = sandbox().data().addUnsorted("forms", form);
        context.getRouteController().startRoute("triage");

        await("the item added while stopped delivered", () -> triage.getReceivedCounter() >= 3);
        awaitPolls(5);

        assertThat(uids(triage)).containsExactly(first, second, whileStopped);
    }

    @Test
    void itemsOfOneSecondAreEachDeliveredOnceToldApartByUid() throws Exception {
        MockEndpoint triage = watch("modifiedSince=" + now());
        String first = postForm("one");
        await("the first delivered", () -> triage.getReceivedCounter() == 1);
        awaitPolls(2); // the watermark now sits in this second, with the first uid seen
        String second = postForm("two");
        String third = postForm("three");

        await("all three delivered", () -> triage.getReceivedCounter() >= 3);
        awaitPolls(5);

        assertThat(uids(triage)).hasSize(3).containsExactlyInAnyOrder(first, second, third);
        assertThat(uids(triage).get(0)).isEqualTo(first);
        assertThat(sandbox().stats().requests("GET", LIST)).extracting(r -> r.status()).contains(200);
    }
}
