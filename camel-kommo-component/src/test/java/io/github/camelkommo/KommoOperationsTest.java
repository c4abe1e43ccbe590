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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.Account;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.ComplexLeadResult;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.Embedded;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Pipeline;
import io.github.camelkommo.model.Status;
import io.github.camelkommo.model.Task;
import io.github.camelkommo.model.TaskResult;
import io.github.camelkommo.model.User;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed operation through a kommo URI, from a Java DSL route and from the same route in YAML, checked against
 * what the sandbox stored and the requests it received.
 */
class KommoOperationsTest extends KommoTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new KommoOperationRoutes();
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                        "classpath:routes/kommo-operations.camel.yaml"));
    }

    private Object call(String dsl, String operation, Object body, Map<String, Object> headers) {
        return template.requestBodyAndHeaders("direct:" + dsl + "-" + operation, body, headers);
    }

    private static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Test
    void yamlDeclaresEveryJavaRoute() {
        for (String name : KommoOperationRoutes.OPERATIONS.keySet()) {
            assertThat(context.getRoute("yaml-" + name)).as("YAML route for " + name).isNotNull();
            assertThat(context.getRoute("java-" + name)).as("Java route for " + name).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void getsTheAccountWithExtras(String dsl) {
        Account account = (Account) call(dsl, "account-get", null, Map.of());

        assertThat(account.getSubdomain()).isEqualTo(sandbox().subdomain());
        assertThat(account.getCurrentUserId()).isEqualTo(sandbox().data().currentUserId());
        assertThat(account.getEmbedded()).containsKey("task_types");
        RecordedRequest request = sandbox().stats().requests("GET", "/api/v4/account").get(0);
        assertThat(request.query()).contains("with=task_types");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void listsUsers(String dsl) {
        @SuppressWarnings("unchecked")
        List<User> users = (List<User>) call(dsl, "users-list", null, Map.of());

        assertThat(users).extracting(User::getId).contains(sandbox().data().currentUserId());
        assertThat(users).hasSize(sandbox().data().count("users"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void listsPipelinesWithTheirStages(String dsl) {
        @SuppressWarnings("unchecked")
        List<Pipeline> pipelines = (List<Pipeline>) call(dsl, "pipelines-list", null, Map.of());

        Pipeline main = pipelines.stream().filter(p -> Boolean.TRUE.equals(p.getIsMain())).findFirst().orElseThrow();
        assertThat(main.getId()).isEqualTo(sandbox().data().mainPipelineId());
        assertThat(main.getStatuses()).extracting(Status::getId).contains(Status.WON, Status.LOST);
        assertThat(main.getStatuses()).anyMatch(s -> s.getType() == Status.TYPE_INCOMING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void getsOnePipeline(String dsl) {
        long main = sandbox().data().mainPipelineId();
        Pipeline pipeline = (Pipeline) call(dsl, "pipelines-get", null, Map.of(KommoConstants.ENTITY_ID, main));

        assertThat(pipeline.getId()).isEqualTo(main);
        assertThat(pipeline.getStatuses()).hasSize(sandbox().data().statuses(main).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void listsTheStagesOfAPipeline(String dsl) {
        long main = sandbox().data().mainPipelineId();
        @SuppressWarnings("unchecked")
        List<Status> statuses = (List<Status>) call(dsl, "statuses-list", null,
                Map.of(KommoConstants.PIPELINE_ID, main));

        assertThat(statuses).extracting(Status::getId)
                .containsExactlyElementsOf(
                        sandbox().data().statuses(main).stream().map(s -> s.get("id").asLong()).toList());
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads/pipelines/" + main + "/statuses")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void createsLeadsAndReturnsTheirIdsInInputOrder(String dsl) {
        long pipeline = sandbox().data().mainPipelineId();
        List<Lead> input = List.of(lead("First deal", 1000, pipeline), lead("Second deal", 2000, pipeline),
                lead("Third deal", 3000, pipeline));

        @SuppressWarnings("unchecked")
        List<Lead> created = (List<Lead>) call(dsl, "leads-create", input, Map.of());

        assertThat(created).extracting(Lead::getName).containsExactly("First deal", "Second deal", "Third deal");
        for (Lead lead : created) {
            ObjectNode stored = sandbox().data().get("leads", lead.getId()).orElseThrow();
            assertThat(stored.get("name").asText()).isEqualTo(lead.getName());
            assertThat(stored.get("price").asLong()).isEqualTo(lead.getPrice());
        }
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(1);
    }

    @Test
    void createsASingleLeadFromAMapAndAnswersWithOneLead() {
        Exchange exchange = template.request("direct:java-leads-create",
                e -> e.getMessage().setBody(Map.of("name", "From a map", "price", 5)));

        Lead created = exchange.getMessage().getBody(Lead.class);
        assertThat(created.getId()).isNotNull();
        assertThat(exchange.getMessage().getHeader(KommoConstants.ENTITY_ID)).isEqualTo(created.getId());
        assertThat(sandbox().data().get("leads", created.getId()).orElseThrow().get("name").asText())
                .isEqualTo("From a map");
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads").get(0).body()).startsWith("[");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void getsALeadByIdAndReportsAMissingOne(String dsl) {
        long id = sandbox().data().create("leads", json().put("name", "Known lead").put("price", 42)).get("id")
                .asLong();

        Exchange found = template.request("direct:" + dsl + "-leads-get",
                e -> e.getMessage().setHeader(KommoConstants.ENTITY_ID, id));
        Exchange missing = template.request("direct:" + dsl + "-leads-get",
                e -> e.getMessage().setHeader(KommoConstants.ENTITY_ID, 987654321L));

        assertThat(found.getMessage().getBody(Lead.class).getName()).isEqualTo("Known lead");
        assertThat(found.getMessage().getHeader(KommoConstants.FOUND, Boolean.class)).isTrue();
        assertThat(missing.getException()).isNull();
        assertThat(missing.getMessage().getBody()).isNull();
        assertThat(missing.getMessage().getHeader(KommoConstants.FOUND, Boolean.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void listsLeadsMatchingAQuery(String dsl) {
        sandbox().data().create("leads", json().put("name", "Zebra project"));
        sandbox().data().create("leads", json().put("name", "Zebra follow-up"));
        sandbox().data().create("leads", json().put("name", "Other"));

        @SuppressWarnings("unchecked")
        List<Lead> leads = (List<Lead>) call(dsl, "leads-list", null,
                Map.of(KommoConstants.QUERY, "Zebra", KommoConstants.ORDER, "id:asc"));

        assertThat(leads).extracting(Lead::getName).containsExactly("Zebra project", "Zebra follow-up");
        RecordedRequest request = sandbox().stats().requests("GET", "/api/v4/leads").get(0);
        assertThat(request.query()).contains("query=Zebra").contains("order[id]=asc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void movesALeadToTheNextStage(String dsl) {
        long pipeline = sandbox().data().mainPipelineId();
        List<ObjectNode> stages = sandbox().data().statuses(pipeline);
        long first = stages.get(0).get("id").asLong();
        long next = stages.get(1).get("id").asLong();
        ObjectNode stored = sandbox().data().create("leads",
                json().put("name", "Moving").put("pipeline_id", pipeline).put("status_id", first));
        long id = stored.get("id").asLong();
        sandbox().clock().advanceSeconds(5);

        Lead change = new Lead();
        change.setStatusId(next);
        Lead updated = (Lead) call(dsl, "leads-update", change, Map.of(KommoConstants.ENTITY_ID, id));

        ObjectNode after = sandbox().data().get("leads", id).orElseThrow();
        assertThat(after.get("status_id").asLong()).isEqualTo(next);
        assertThat(after.get("name").asText()).isEqualTo("Moving");
        assertThat(after.get("updated_at").asLong()).isGreaterThan(stored.get("updated_at").asLong());
        assertThat(updated.getUpdatedAt()).isEqualTo(Instant.ofEpochSecond(after.get("updated_at").asLong()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void createsALeadWithItsContactAndCompany(String dsl) {
        Lead lead = lead("Complex deal", 7000, sandbox().data().mainPipelineId());
        Contact contact = new Contact();
        contact.setName("Ann Buyer");
        Company company = new Company();
        company.setName("Buyer Ltd");
        Embedded embedded = new Embedded();
        embedded.setContacts(List.of(contact));
        embedded.setCompanies(List.of(company));
        lead.setEmbedded(embedded);

        ComplexLeadResult result = (ComplexLeadResult) call(dsl, "leads-complex", lead, Map.of());

        assertThat(sandbox().data().get("leads", result.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Complex deal");
        assertThat(sandbox().data().get("contacts", result.getContactId()).orElseThrow().get("name").asText())
                .isEqualTo("Ann Buyer");
        assertThat(sandbox().data().get("companies", result.getCompanyId()).orElseThrow().get("name").asText())
                .isEqualTo("Buyer Ltd");
        assertThat(result.getRequestId()).containsExactly("0");
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads/complex")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void createsAndListsContacts(String dsl) {
        Contact contact = new Contact();
        contact.setFirstName("Olga");
        contact.setLastName("Petrova");
        contact.setName("Olga Petrova");

        Contact created = (Contact) call(dsl, "contacts-create", contact, Map.of());
        @SuppressWarnings("unchecked")
        List<Contact> listed = (List<Contact>) call(dsl, "contacts-list", null, Map.of(KommoConstants.FILTER,
                Map.of("id", List.of(created.getId()))));

        assertThat(sandbox().data().get("contacts", created.getId()).orElseThrow().get("first_name").asText())
                .isEqualTo("Olga");
        assertThat(listed).singleElement().satisfies(c -> assertThat(c.getLastName()).isEqualTo("Petrova"));
        assertThat(sandbox().stats().requests("GET", "/api/v4/contacts").get(0).query())
                .contains("filter[id][]=" + created.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void createsAndRenamesACompany(String dsl) {
        Company company = new Company();
        company.setName("Acme");
        Company created = (Company) call(dsl, "companies-create", company, Map.of());

        Company rename = new Company();
        rename.setId(created.getId());
        rename.setName("Acme International");
        call(dsl, "companies-update", List.of(rename), Map.of());

        assertThat(sandbox().data().get("companies", created.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Acme International");
        assertThat(sandbox().stats().requests("PATCH", "/api/v4/companies")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void createsListsAndCompletesAFollowUpTask(String dsl) {
        long leadId = sandbox().data().create("leads", json().put("name", "Needs a call")).get("id").asLong();
        Instant tomorrow = Instant.ofEpochSecond(sandbox().clock().nowSeconds()).plus(1, ChronoUnit.DAYS);
        Task task = new Task();
        task.setText("Call the buyer");
        task.setCompleteTill(tomorrow);
        task.setTaskTypeId(Task.TYPE_FOLLOW_UP);
        task.setEntityId(leadId);
        task.setEntityType("leads");

        Task created = (Task) call(dsl, "tasks-create", task, Map.of());
        @SuppressWarnings("unchecked")
        List<Task> open = (List<Task>) call(dsl, "tasks-list", null,
                Map.of(KommoConstants.FILTER, Map.of("entity_type", "leads", "entity_id", leadId)));
        Task done = new Task();
        done.setIsCompleted(true);
        TaskResult result = new TaskResult();
        result.setText("Reached, sending the offer");
        done.setResult(result);
        call(dsl, "tasks-update", done, Map.of(KommoConstants.ENTITY_ID, created.getId()));

        ObjectNode stored = sandbox().data().get("tasks", created.getId()).orElseThrow();
        assertThat(stored.get("complete_till").asLong()).isEqualTo(tomorrow.getEpochSecond());
        assertThat(open).extracting(Task::getId).containsExactly(created.getId());
        assertThat(open.get(0).getCompleteTill()).isEqualTo(tomorrow);
        assertThat(stored.get("is_completed").asBoolean()).isTrue();
        assertThat(stored.path("result").path("text").asText()).isEqualTo("Reached, sending the offer");
    }

    private static Lead lead(String name, long price, long pipelineId) {
        Lead lead = new Lead();
        lead.setName(name);
        lead.setPrice(price);
        lead.setPipelineId(pipelineId);
        return lead;
    }

    @Test
    void aBaseUrlCopiedWithItsApiPathWorks() {
        @SuppressWarnings("unchecked")
        List<Object> leads = template.requestBody(
                "kommo:leads?operation=list&baseUrl=" + sandbox().baseUrl() + "/api/v4/",
                null, List.class);

        assertThat(leads).isNotEmpty();
        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).hasSize(1);
    }
}
