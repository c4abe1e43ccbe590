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
package io.github.camelkommo.internal.webhook;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.internal.state.EndpointState;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Task;
import io.github.camelkommo.sandbox.RecordedRequest;
import io.github.camelkommo.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code webhook:kommo:<entity>} end to end over loopback: the route registers its hook with the sandbox, the
 * sandbox posts Kommo's form for each change, the route receives the decoded models; a wrong secret or another
 * account is refused; the hook goes away when the route stops, also when it was removed at Kommo already; a note
 * reaches the route of the entity it is on as the note a poll returns; a failed exchange gives its claim back at once,
 * so that Kommo's retry delivers it; a failed exchange and a stopped route lose nothing, through the reconcile poll,
 * and nothing is delivered twice.
 */
class KommoWebhookConsumerTest extends KommoTestSupport {

    private static final int PORT = WebhookServers.freePort();
    private static final String HOOK = "webhookComponentName=platform-http&webhookExternalUrl=http://127.0.0.1:" + PORT;

    private final List<Exchange> received = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WebhookServers.serve(context, PORT);
        return context;
    }

    @BeforeEach
    void needsAWebhookComponentThatRunsOnThisCamel() {
        WebhookServers.assumeTheWebhookComponentRuns();
    }

    private void route(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).process(received::add);
            }
        });
    }

    private static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    private List<Exchange> of(Class<?> type) {
        return received.stream().filter(e -> type.isInstance(e.getMessage().getBody())).toList();
    }

    @Test
    void aSubscribedRouteReceivesEachChangeAsDecodedModels() throws Exception {
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=0");
        route("contacts", "webhook:kommo:contacts?" + HOOK + "&reconcileDelay=0");
        route("companies", "webhook:kommo:companies?" + HOOK + "&reconcileDelay=0");
        route("tasks", "webhook:kommo:tasks?" + HOOK + "&reconcileDelay=0");
        assertThat(sandbox().webhooks().registry().list(null)).hasSize(4)
                .allSatisfy(hook -> assertThat(hook.get("destination").asText())
                        .startsWith("http://127.0.0.1:" + PORT + "/").contains("kommoHookSecret="));

        long leadId = sandbox().data().create("leads", json().put("name", "Pushed lead").put("price", 1200))
                .get("id").asLong();
        sandbox().data().create("contacts", json().put("name", "Pushed contact"));
        sandbox().data().create("companies", json().put("name", "Pushed company"));
        sandbox().data().create("tasks", json().put("text", "Call back").put("entity_id", leadId)
                .put("entity_type", "leads").put("complete_till", SANDBOX_EPOCH + 86400));

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(of(Lead.class)).hasSize(1);
            assertThat(of(Contact.class)).hasSize(1);
            assertThat(of(Company.class)).hasSize(1);
            assertThat(of(Task.class)).hasSize(1);
        });
        Exchange lead = of(Lead.class).get(0);
        assertThat(lead.getMessage().getBody(Lead.class).getName()).isEqualTo("Pushed lead");
        assertThat(lead.getMessage().getBody(Lead.class).getPrice()).isEqualTo(1200);
        assertThat(lead.getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(leadId);
        assertThat(lead.getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created");
        assertThat(lead.getMessage().getHeader(KommoConstants.WEBHOOK_FORM, String.class))
                .contains("leads%5Badd%5D%5B0%5D%5Bid%5D=" + leadId);
        assertThat(of(Company.class).get(0).getMessage().getBody(Company.class).getName()).isEqualTo("Pushed company");
        Task task = of(Task.class).get(0).getMessage().getBody(Task.class);
        assertThat(task.getText()).isEqualTo("Call back");
        assertThat(task.getEntityId()).isEqualTo(leadId);

        received.clear();
        sandbox().clock().advanceSeconds(5);
        ObjectNode stored = sandbox().data().get("leads", leadId).orElseThrow();
        long stage = stored.get("status_id").asLong();
        template.sendBody("kommo:leads?operation=update", json().put("id", leadId)
                .put("status_id", otherStage(stored.get("pipeline_id").asLong(), stage)));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(received)
                .extracting(e -> e.getMessage().getHeader(KommoConstants.CHANGE_TYPE))
                .containsExactlyInAnyOrder("updated", "status"));
    }

    private long otherStage(long pipeline, long stage) {
        return sandbox().data().statuses(pipeline).stream().map(s -> s.get("id").asLong())
                .filter(id -> id != stage && id != 142 && id != 143).findFirst().orElseThrow();
    }

    @Test
    void deletionsRestorationsNewResponsiblesAndNotesArriveWithTheirChangeTypes() throws Exception {
        route("contacts", "webhook:kommo:contacts?" + HOOK + "&reconcileDelay=0&events=delete_contact,"
                          + "restore_contact,responsible_contact,note_contact");
        long id = sandbox().data().create("contacts", json().put("name", "Moving")).get("id").asLong();
        sandbox().clock().advanceSeconds(1);
        long other = sandbox().data().list("users").stream().map(u -> u.get("id").asLong())
                .filter(u -> u != sandbox().data().currentUserId()).findFirst().orElseThrow();
        sandbox().data().update("contacts", id, json().put("responsible_user_id", other));
        sandbox().clock().advanceSeconds(1);
        sandbox().data().create("contacts/notes", json().put("entity_id", id).put("note_type", "common")
                .set("params", json().put("text", "Called")));
        sandbox().clock().advanceSeconds(1);
        sandbox().data().delete("contacts", id);
        sandbox().clock().advanceSeconds(1);
        sandbox().data().restore("contacts", id);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(received)
                .extracting(e -> e.getMessage().getHeader(KommoConstants.CHANGE_TYPE))
                .containsExactly("responsible", "note", "deleted", "restored"));
        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getHeader(KommoConstants.ENTITY_ID))
                .isEqualTo(id));
        assertThat(received.get(0).getMessage().getBody(Contact.class).getResponsibleUserId()).isEqualTo(other);
        assertThat(received.get(1).getMessage().getBody(Note.class).getEntityId()).isEqualTo(id);
        assertThat(received.get(2).getMessage().getBody(Contact.class).getIsDeleted()).isTrue();
    }

    @Test
    void aYamlRouteReceivesTheDecodedLead() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("kommo.webhook.external-url", "http://127.0.0.1:" + PORT);
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:routes/kommo-webhook.camel.yaml"));
        MockEndpoint mock = getMockEndpoint("mock:yaml-webhook-leads");
        mock.expectedHeaderReceived("leadName", "From YAML");
        mock.expectedHeaderReceived(KommoConstants.CHANGE_TYPE, "created");
        assertThat(sandbox().webhooks().registry().list(null)).singleElement()
                .satisfies(hook -> assertThat(hook.get("settings")).hasSize(4));
        sandbox().data().create("leads", json().put("name", "From YAML"));
        mock.assertIsSatisfied(2000);
        assertThat(mock.getExchanges().get(0).getMessage().getBody()).isInstanceOf(Lead.class);
    }

    @Test
    void aCallWithAWrongSecretOrForAnotherAccountIsRefused() throws Exception {
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=0&hookSecret=s3cret-for-tests");
        String destination = sandbox().webhooks().registry().list(null).get(0).get("destination").asText();
        String path = destination.substring(0, destination.indexOf('?'));
        String form = "leads%5Badd%5D%5B0%5D%5Bid%5D=5&leads%5Badd%5D%5B0%5D%5Blast_modified%5D=1700000000"
                      + "&account%5Bid%5D=" + sandbox().data().accountId();
        assertThat(WebhookServers.post(path + "?kommoHookSecret=guess", form)).isEqualTo(403);
        assertThat(WebhookServers.post(path, form)).isEqualTo(403);
        String otherAccount = form.replaceAll("account%5Bid%5D=\\d+", "account%5Bid%5D=1");
        assertThat(WebhookServers.post(destination, otherAccount)).isEqualTo(403);
        assertThat(WebhookServers.post(destination, form)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
        assertThat(received.get(0).getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(5L);
        assertThat(received.get(0).getMessage().getHeaders()).doesNotContainKey("kommoHookSecret");
    }

    @Test
    void stoppingTheRouteUnregistersTheHookUnlessToldToKeepIt() throws Exception {
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=0");
        route("kept", "webhook:kommo:contacts?" + HOOK + "&reconcileDelay=0&keepSubscription=true&hookSecret=kept");
        assertThat(sandbox().webhooks().registry().list(null)).hasSize(2);
        context.getRouteController().stopRoute("leads");
        context.getRouteController().stopRoute("kept");
        assertThat(sandbox().webhooks().registry().list(null)).singleElement()
                .satisfies(hook -> assertThat(hook.get("settings").toString()).contains("add_contact"));
    }

    @Test
    void aFailedExchangeIsDeliveredByTheReconcilePollOnceAndTheHookStaysEnabled() throws Exception {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:kommo:leads?" + HOOK + "&reconcileDelay=300&modifiedSince=" + now())
                        .routeId("leads")
                        .process(e -> {
                            if (e.getMessage().getBody(Lead.class).getName().equals("flaky")
                                && failOnce.getAndSet(false)) {
                                throw new IllegalStateException("the route failed");
                            }
                            received.add(e);
                        });
            }
        });
        sandbox().clock().advanceSeconds(1);
        sandbox().data().create("leads", json().put("name", "steady"));
        sandbox().clock().advanceSeconds(1);
        sandbox().data().create("leads", json().put("name", "flaky"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(received)
                .extracting(e -> e.getMessage().getBody(Lead.class).getName())
                .containsExactlyInAnyOrder("steady", "flaky"));
        await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(2))
                .until(() -> received.size() == 2); // three more reconcile polls repeat nothing
        assertThat(sandbox().webhooks().deliveries()).allMatch(WebhookDelivery::accepted);
        assertThat(sandbox().webhooks().registry().list(null).get(0).get("disabled").asBoolean()).isFalse();
    }

    @Test
    void aRouteStoppedAndRestartedLosesNothingAndRepeatsNothing() throws Exception {
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=300&modifiedSince=" + now());
        sandbox().clock().advanceSeconds(1);
        sandbox().data().create("leads", json().put("name", "before the stop"));
        await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
        context.getRouteController().stopRoute("leads");
        sandbox().clock().advanceSeconds(1);
        sandbox().data().create("leads", json().put("name", "while stopped 1"));
        sandbox().data().create("leads", json().put("name", "while stopped 2"));
        context.getRouteController().startRoute("leads");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(received)
                .extracting(e -> e.getMessage().getBody(Lead.class).getName())
                .containsExactlyInAnyOrder("before the stop", "while stopped 1", "while stopped 2"));
        await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(2)).until(() -> received.size() == 3);
    }

    @Test
    void notesReachTheRouteOfTheirEntityAsTheNotesAPollReturns() throws Exception {
        route("companies", "webhook:kommo:companies?" + HOOK + "&reconcileDelay=0&events=note_company");
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=0&events=note_lead");
        long company = sandbox().data().create("companies", json().put("name", "Noted")).get("id").asLong();
        long lead = sandbox().data().create("leads", json().put("name", "Called")).get("id").asLong();
        sandbox().clock().advanceSeconds(1);
        template.sendBody("kommo:notes?entityType=companies&operation=create",
                Note.common("Met them at the fair").on(company));
        template.sendBody("kommo:notes?entityType=leads&operation=create", Note.callIn("+79990001122", 74,
                "example-telephony", "a1b2c3d4-0001", "https://telephony.example.test/a1b2c3d4-0001.mp3").on(lead));

        await().atMost(Duration.ofSeconds(2)).until(() -> of(Note.class).size() == 2);
        Exchange onCompany = of(Note.class).stream().filter(e -> e.getFromRouteId().equals("companies")).findFirst()
                .orElseThrow(() -> new AssertionError("the company's note did not reach webhook:kommo:companies"));
        Exchange onLead = of(Note.class).stream().filter(e -> e.getFromRouteId().equals("leads")).findFirst()
                .orElseThrow();
        assertThat(onCompany.getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(company);
        assertThat(onCompany.getMessage().getHeader(KommoConstants.WEBHOOK_FORM, String.class))
                .contains("contacts%5Bnote%5D%5B0%5D%5Bnote%5D%5Belement_type%5D=3")
                .doesNotContain("%5Btype%5D");
        assertThatAsPolled(onCompany.getMessage().getBody(Note.class), "companies");
        assertThatAsPolled(onLead.getMessage().getBody(Note.class), "leads");
        assertThat(onLead.getMessage().getBody(Note.class).getParams()).containsEntry("source", "example-telephony");
    }

    /** The pushed note, written back, is the note {@code GET /api/v4/{entity}/notes} returns, field for field. */
    private void assertThatAsPolled(Note pushed, String entity) {
        @SuppressWarnings("unchecked")
        List<Note> polled = template.requestBody("kommo:notes?entityType=" + entity + "&operation=list", null,
                List.class);
        ObjectMapper mapper = KommoJson.newMapper();
        ObjectNode expected = mapper.valueToTree(polled.stream().filter(n -> n.getId().equals(pushed.getId()))
                .findFirst().orElseThrow());
        expected.remove("_links"); // the poll's link to itself; a webhook has none
        assertThat(mapper.<ObjectNode>valueToTree(pushed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aFailedExchangeGivesItsClaimBackAtOnceSoKommosRetryOfTheCallIsDelivered(Failure failure) throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("webhookState", state);
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:kommo:leads?" + HOOK + "&reconcileDelay=0&stateRepository=#webhookState")
                        .routeId("leads")
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                failure.fail(e);
                            }
                        })
                        .to("mock:delivered");
            }
        });
        KommoEndpoint endpoint = context.getEndpoints().stream().filter(KommoEndpoint.class::isInstance)
                .map(KommoEndpoint.class::cast).findFirst().orElseThrow();
        String ledger = EndpointState.key(endpoint.getEntity(), endpoint.getConfiguration(),
                kommo().accounts().client(endpoint.getConfiguration()).account().name()) + ChangeLedger.KEY_SUFFIX;
        String destination = sandbox().webhooks().registry().list(null).get(0).get("destination").asText();
        long second = now();
        String form = "leads%5Bupdate%5D%5B0%5D%5Bid%5D=5&leads%5Bupdate%5D%5B0%5D%5Bname%5D=Retried"
                      + "&leads%5Bupdate%5D%5B0%5D%5Blast_modified%5D=" + second + "&account%5Bid%5D="
                      + sandbox().data().accountId();
        MockEndpoint delivered = getMockEndpoint("mock:delivered");

        assertThat(WebhookServers.post(destination, form)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(attempts).hasValue(1);
            assertThat(marks(state.getState(ledger), 5)).as("no claim held after the failure").isEmpty();
        });

        assertThat(WebhookServers.post(destination, form)).as("Kommo's retry of the same call").isEqualTo(200);
        delivered.expectedMessageCount(1);
        delivered.assertIsSatisfied(2000);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(marks(state.getState(ledger), 5))
                .singleElement().satisfies(mark -> assertThat(mark).startsWith("5:" + second + ":")
                        .matches("[^:]*:[^:]*:[^:]*"))); // delivered: entity, second, digest; no lease

        assertThat(WebhookServers.post(destination, form)).isEqualTo(200);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> attempts.get() == 2);
        assertThat(delivered.getReceivedCounter()).as("a call delivered once is not delivered again").isEqualTo(1);
    }

    /** How a route can fail an exchange. */
    enum Failure {
        /** A processor throws. */
        EXCEPTION {
            @Override
            void fail(Exchange exchange) {
                throw new IllegalStateException("the route failed");
            }
        },
        /** The route marks the exchange for rollback ({@code markRollbackOnly()}), with no exception. */
        ROLLBACK_ONLY {
            @Override
            void fail(Exchange exchange) {
                exchange.setRollbackOnly(true);
            }
        };

        abstract void fail(Exchange exchange);
    }

    /** The ledger's marks of one entity ({@code <floor>|<mark>,<mark>,...}). */
    private static List<String> marks(String ledger, long entity) {
        if (ledger == null) {
            return List.of();
        }
        return Arrays.stream(ledger.substring(ledger.indexOf('|') + 1).split(","))
                .filter(mark -> mark.startsWith(entity + ":")).toList();
    }

    @Test
    void aHookRemovedAtKommoAlreadyDoesNotStopTheRouteFromStopping() throws Exception {
        route("leads", "webhook:kommo:leads?" + HOOK + "&reconcileDelay=0");
        String destination = sandbox().webhooks().registry().list(null).get(0).get("destination").asText();
        assertThat(sandbox().webhooks().registry().unsubscribe(destination)).as("removed in Kommo's settings").isTrue();
        context.getRouteController().stopRoute("leads");
        assertThat(context.getRouteController().getRouteStatus("leads")).isEqualTo(ServiceStatus.Stopped);
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/webhooks")).singleElement()
                .extracting(RecordedRequest::status).isEqualTo(404);
        context.getRouteController().startRoute("leads");
        assertThat(sandbox().webhooks().registry().list(null)).as("registered again on start").hasSize(1);
    }
}
