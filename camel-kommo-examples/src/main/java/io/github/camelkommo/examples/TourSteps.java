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
package io.github.camelkommo.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.examples.kommo.LeadFields;
import io.github.camelkommo.examples.kommo.Pipelines;
import io.github.camelkommo.model.Account;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.ComplexLeadResult;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.Embedded;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Pipeline;
import io.github.camelkommo.model.Status;
import io.github.camelkommo.model.Task;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/** The bodies of the tour's steps and its summary; every request itself goes through kommo endpoints. */
public class TourSteps {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;

    public TourSteps(PrintStream out) {
        this.out = out;
    }

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The main pipeline, or the first one. */
    static Pipeline mainPipeline(List<Pipeline> pipelines) {
        return pipelines.stream().filter(p -> Boolean.TRUE.equals(p.getIsMain())).findFirst().orElse(pipelines.get(0));
    }

    /** A lead in the main pipeline's first working stage, with a new contact and company. */
    public Lead newLead(@ExchangeProperty("pipelines") List<Pipeline> pipelines) {
        Pipeline pipeline = mainPipeline(pipelines);
        Lead lead = new Lead();
        lead.setName("Website redesign (camel-kommo example)");
        lead.setPrice(12_000L);
        lead.setPipelineId(pipeline.getId());
        lead.setStatusId(openStages(pipeline).get(0).getId());
        if (pipeline.getId() == Pipelines.SALES.id()) {
            // handles generated from the sandbox's schema (src/main/kommo); for your account, snapshot it first
            lead.field(LeadFields.SOURCE, LeadFields.SOURCE.WEBSITE);
        }
        Contact contact = new Contact();
        contact.setName("Jane Doe");
        contact.setFirstName("Jane");
        contact.setLastName("Doe");
        Company company = new Company();
        company.setName("Acme Corp");
        Embedded embedded = new Embedded();
        embedded.setContacts(List.of(contact));
        embedded.setCompanies(List.of(company));
        lead.setEmbedded(embedded);
        return lead;
    }

    /** A follow-up call on the new lead, due this time tomorrow. */
    public Task followUpTask(@ExchangeProperty("created") ComplexLeadResult created) {
        Task task = new Task();
        task.setText("Call Jane about the redesign offer");
        task.setTaskTypeId(Task.TYPE_FOLLOW_UP);
        task.setEntityType("leads");
        task.setEntityId(created.getId());
        task.setCompleteTill(now().plus(1, ChronoUnit.DAYS));
        return task;
    }

    /** The change that moves the new lead to the stage after its current one. */
    public Lead nextStage(@ExchangeProperty("created") ComplexLeadResult created,
                          @ExchangeProperty("pipelines") List<Pipeline> pipelines) {
        List<Status> stages = openStages(mainPipeline(pipelines));
        Lead change = new Lead();
        change.setId(created.getId());
        change.setStatusId(stages.get(Math.min(1, stages.size() - 1)).getId());
        return change;
    }

    /** Asks the next list for the leads changed since the tour started. */
    public void changedSince(Exchange exchange, @ExchangeProperty("startedAt") Instant startedAt) {
        exchange.getMessage().setHeader(KommoConstants.FILTER,
                Map.of("updated_at", Map.of("from", startedAt.getEpochSecond())));
        exchange.getMessage().setHeader(KommoConstants.ORDER, "updated_at:asc");
    }

    /** Prints what the tour did. */
    public String summary(Exchange exchange, @ExchangeProperty("account") Account account,
                          @ExchangeProperty("pipelines") List<Pipeline> pipelines,
                          @ExchangeProperty("created") ComplexLeadResult created,
                          @ExchangeProperty("task") Task task, @ExchangeProperty("moved") Lead moved) {
        List<Lead> changed = new ArrayList<>();
        exchange.getMessage().getBody(Iterator.class).forEachRemaining(o -> changed.add((Lead) o));
        Pipeline pipeline = mainPipeline(pipelines);
        StringBuilder sb = new StringBuilder("\n=== Kommo tour ===\n");
        sb.append("Account:   ").append(account.getName()).append(" (").append(account.getSubdomain())
                .append("), currency ")
                .append(account.getCurrency()).append('\n');
        for (Pipeline p : pipelines) {
            sb.append("Pipeline:  ").append(p.getName()).append(Boolean.TRUE.equals(p.getIsMain()) ? " (main)" : "")
                    .append(": ")
                    .append(p.getStatuses().stream().map(Status::getName).collect(Collectors.joining(" > ")))
                    .append('\n');
        }
        sb.append("Created:   lead #").append(created.getId()).append(" with contact #").append(created.getContactId())
                .append(" and company #").append(created.getCompanyId()).append('\n');
        sb.append("Task:      #").append(task.getId()).append(" \"").append(task.getText()).append("\" due ")
                .append(WHEN.format(task.getCompleteTill())).append('\n');
        sb.append("Moved:     lead #").append(moved.getId()).append(" to stage \"")
                .append(stageName(pipeline, moved.getStatusId())).append("\"\n");
        sb.append("Changed:   ").append(changed.size()).append(" lead(s) since the tour started");
        for (Lead lead : changed) {
            sb.append("\n           #").append(lead.getId()).append(" \"").append(lead.getName())
                    .append("\" in stage \"")
                    .append(stageName(pipeline, lead.getStatusId())).append('"');
        }
        KommoComponent kommo = exchange.getContext().getComponent("kommo", KommoComponent.class);
        sb.append("\nRequests:  ").append(kommo.getTotalRequests()).append(" sent, ")
                .append(kommo.getTotalPermitsWaited())
                .append(" waited for a permit, ").append(kommo.getTotalRateLimited()).append(" answered 429\n");
        out.println(sb);
        return sb.toString();
    }

    /** The stages a lead can be worked in: not the incoming-leads stage, not won or lost. */
    private static List<Status> openStages(Pipeline pipeline) {
        return pipeline.getStatuses().stream()
                .filter(s -> s.getId() != Status.WON && s.getId() != Status.LOST)
                .filter(s -> s.getType() == null || s.getType() != Status.TYPE_INCOMING)
                .toList();
    }

    private static String stageName(Pipeline pipeline, Long statusId) {
        return pipeline.getStatuses().stream().filter(s -> s.getId().equals(statusId)).map(Status::getName).findFirst()
                .orElse(String.valueOf(statusId));
    }
}
