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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks API and the delivery of webhooks to a receiver on loopback: Kommo's form (a note's as in a real
 * capture, ground-truth/webhook-calls/note-lead-common.json), its retry table on the sandbox's clock, and its disable
 * rule (amocrm.ru webhooks-format); 404 for deleting a hook that is not there (amocrm.ru webhooks-api).
 */
class WebhooksTest extends SandboxTestSupport {

    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private String url;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?secret=x";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void subscribe(String... events) {
        StringBuilder settings = new StringBuilder();
        for (String event : events) {
            settings.append(settings.length() == 0 ? "" : ",").append('"').append(event).append('"');
        }
        Http.Response created = http.post("/api/v4/webhooks", "{\"destination\":\"" + url + "\",\"settings\":["
                                                              + settings + "]}");
        assertThat(created.status()).isEqualTo(201);
    }

    private List<WebhookDelivery> deliveries(int count) {
        waitFor("deliveries", () -> sandbox.webhooks().deliveries().size() >= count);
        return sandbox.webhooks().deliveries();
    }

    /** Polls until done, failing after 5 s (the deliveries are posted by the sandbox's own thread). */
    private static void waitFor(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void theApiIsForAdministratorsAndAnswersTheDocumentedShapes() {
        try (KommoSandbox restricted = KommoSandbox.builder().requestsPerSecond(0).restrictedToken("limited")
                .start()) {
            assertThat(new Http(restricted, "limited").get("/api/v4/webhooks").status()).isEqualTo(403);
            assertThat(new Http(restricted, "limited").post("/api/v4/webhooks", "{}").status()).isEqualTo(403);
        }
        assertThat(http.get("/api/v4/webhooks").status()).isEqualTo(204);
        subscribe("add_lead");
        Http.Response list = http.get("/api/v4/webhooks?filter[destination]=" + url.replace("?", "%3F")
                .replace("=", "%3D"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"_total_items\":1").contains("\"settings\":[\"add_lead\"]")
                .contains("\"disabled\":false");
        assertThat(http.post("/api/v4/webhooks", "{\"destination\":\"not a url\",\"settings\":[\"add_lead\"]}")
                .status()).isEqualTo(400);
        assertThat(http.post("/api/v4/webhooks", "{\"destination\":\"" + url + "\",\"settings\":[\"eat_lead\"]}")
                .status()).isEqualTo(400);
        assertThat(http.send("DELETE", "/api/v4/webhooks", "{\"destination\":\"" + url + "\"}",
                "Content-Type", "application/json").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/webhooks").status()).isEqualTo(204);
        Http.Response gone = http.send("DELETE", "/api/v4/webhooks", "{\"destination\":\"" + url + "\"}",
                "Content-Type", "application/json");
        assertThat(gone.status()).as("amocrm.ru webhooks-api: 404, the hook was not found").isEqualTo(404);
        assertThat(gone.body()).contains("\"status\":404");
    }

    @Test
    void aNoteIsPostedInTheFormOfARealNoteCall() throws IOException {
        subscribe("note_lead", "note_company");
        long lead = sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "Noted"))
                .get("id").asLong();
        long company = sandbox.data().create("companies", JsonNodeFactory.instance.objectNode().put("name", "Firm"))
                .get("id").asLong();
        sandbox.clock().advanceSeconds(61);
        assertThat(http.post("/api/v4/leads/notes", "[{\"entity_id\":" + lead + ",\"note_type\":\"common\","
                                                    + "\"params\":{\"text\":\"Hello\"}}]")
                .status()).isEqualTo(200);
        assertThat(http.post("/api/v4/companies/notes", "[{\"entity_id\":" + company + ",\"note_type\":\"call_in\","
                                                        + "\"params\":{\"uniq\":\"u-1\",\"duration\":74,"
                                                        + "\"source\":\"tel\",\"phone\":\"+7999\"}}]")
                .status())
                .isEqualTo(200);
        deliveries(2);

        String leadBody = bodies.stream().filter(b -> b.startsWith("leads")).findFirst().orElseThrow();
        String companyBody = bodies.stream().filter(b -> b.startsWith("contacts")).findFirst().orElseThrow();
        List<String> leadNote = fields(leadBody).stream().filter(f -> f.startsWith("leads[note]")).toList();
        List<String> captured = fields(new ObjectMapper().readTree(getClass().getClassLoader()
                .getResource("ground-truth/webhook-calls/note-lead-common.json")).get("form").asText());
        assertThat(leadNote).as("the fields of the real capture, in its order")
                .containsExactlyElementsOf(captured.stream().filter(f -> f.startsWith("leads[note]")).toList());
        String form = URLDecoder.decode(leadBody, StandardCharsets.UTF_8);
        assertThat(form).contains("leads[note][0][note][element_type]=2", "leads[note][0][note][element_id]=" + lead,
                "leads[note][0][note][note_type]=4", "leads[note][0][note][text]=Hello",
                "leads[note][0][note][date_create]=2023-11-14 22:14:21",
                "leads[note][0][note][timestamp_x]=2023-11-14 22:14:21",
                "leads[note][0][note][created_at]=" + (T0 + 61), "leads[note][0][note][updated_at]=" + (T0 + 61));

        String call = URLDecoder.decode(companyBody, StandardCharsets.UTF_8);
        assertThat(call).contains("contacts[note][0][note][element_type]=3",
                "contacts[note][0][note][element_id]=" + company, "contacts[note][0][note][note_type]=10",
                "contacts[note][0][note][text]={\"UNIQ\":\"u-1\",\"DURATION\":74,\"SRC\":\"tel\",\"PHONE\":\"+7999\"}")
                .as("a company's note carries no type").doesNotContain("[type]");
    }

    /** The field names of a form, in order. */
    private static List<String> fields(String form) {
        return Arrays.stream(form.split("&")).map(pair -> URLDecoder.decode(pair.substring(0, pair.indexOf('=')),
                StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aChangeIsPostedAsKommosFormToEachSubscribedHook() {
        subscribe("add_lead", "status_lead");
        long id = sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "Hooked"))
                .get("id").asLong();
        List<WebhookDelivery> sent = deliveries(1);
        assertThat(sent).singleElement().satisfies(d -> {
            assertThat(d.event()).isEqualTo("add_lead");
            assertThat(d.status()).isEqualTo(200);
            assertThat(d.attempt()).isEqualTo(1);
        });
        String form = URLDecoder.decode(bodies.get(0), StandardCharsets.UTF_8);
        assertThat(form).contains("leads[add][0][id]=" + id).contains("leads[add][0][name]=Hooked")
                .contains("leads[add][0][last_modified]=" + T0).contains("leads[add][0][date_create]=" + T0)
                .contains("account[subdomain]=").contains("account[id]=" + sandbox.data().accountId());
        assertThat(http.get("/__sandbox/webhooks/deliveries").body()).contains("\"event\":\"add_lead\"");
    }

    @Test
    void aFailedDeliveryIsRetriedByKommosTable() {
        answer.set(500);
        subscribe("add_contact");
        sandbox.data().create("contacts", JsonNodeFactory.instance.objectNode().put("name", "Retried"));
        deliveries(1);
        long[] delays = {5 * 60, 15 * 60, 15 * 60, 60 * 60};
        for (int i = 0; i < delays.length; i++) {
            sandbox.clock().advanceSeconds(delays[i] - 1);
            sandbox.webhooks().retryDue();
            assertThat(sandbox.webhooks().deliveries()).as("not before its time").hasSize(i + 1);
            sandbox.clock().advanceSeconds(1);
            sandbox.webhooks().retryDue();
            assertThat(deliveries(i + 2).get(i + 1).attempt()).isEqualTo(i + 2);
        }
        assertThat(sandbox.webhooks().pendingRetries()).isZero();
        assertThat(bodies).hasSize(5).containsOnly(bodies.get(0));
    }

    @Test
    void onlyServerErrorsEarnTheFourthAndFifthAttempt() {
        answer.set(404);
        subscribe("add_contact");
        sandbox.data().create("contacts", JsonNodeFactory.instance.objectNode().put("name", "Not found"));
        deliveries(1);
        sandbox.clock().advanceSeconds(5 * 60);
        sandbox.webhooks().retryDue();
        deliveries(2);
        sandbox.clock().advanceSeconds(15 * 60);
        sandbox.webhooks().retryDue();
        deliveries(3);
        assertThat(sandbox.webhooks().pendingRetries()).isZero();
    }

    @Test
    void moreThanAHundredFailuresInTwoHoursDisableTheHook() {
        answer.set(500);
        subscribe("update_lead");
        long id = sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", "Busy"))
                .get("id").asLong();
        for (int i = 0; i < 101; i++) {
            sandbox.data().update("leads", id, JsonNodeFactory.instance.objectNode().put("price", i));
        }
        List<WebhookDelivery> sent = deliveries(101);
        assertThat(sent.get(99).disabled()).isFalse();
        assertThat(sent.get(100).disabled()).isTrue();
        assertThat(sandbox.webhooks().registry().list(null).get(0).get("disabled").asBoolean()).isTrue();
        sandbox.data().update("leads", id, JsonNodeFactory.instance.objectNode().put("price", 1000));
        assertThat(sandbox.webhooks().deliveries()).as("a disabled hook gets nothing").hasSize(101);
    }
}
