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
package io.github.camelkommo.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.MessageHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * kommo-source: the changes of an entity, polled with If-Modified-Since, arrive as the entity's JSON with the
 * consumer's headers. The sandbox's clock stamps the changes; its request log shows what the consumer asked.
 */
class KommoSourceKameletTest extends KameletTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path stateDir;

    private long now() {
        return sandbox().clock().nowSeconds();
    }

    private long createLead(String name) {
        return sandbox().data().create("leads", json().put("name", name)).get("id").asLong();
    }

    private int leadPolls() {
        return sandbox().stats().requests("GET", "/api/v4/leads").size();
    }

    /** Waits until the consumer has sent two more polls, so the one before the last has been handled completely. */
    private void awaitAnotherPoll() throws InterruptedException {
        int polls = leadPolls();
        await("two more polls", PATIENCE, () -> leadPolls() >= polls + 2);
    }

    /** The body as JSON; it is a stream cache (Camel caches the marshalled stream), so it is rewound first. */
    private static JsonNode body(Exchange exchange) {
        MessageHelper.resetStreamCache(exchange.getMessage());
        try {
            return MAPPER.readTree(exchange.getMessage().getBody(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void watch(String routeId, String kameletUri, String mock) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(kameletUri).routeId(routeId).to(mock);
            }
        });
    }

    @Test
    void deliversEachChangeAsJsonAndPollsWithIfModifiedSince() throws Exception {
        sandbox().clock().advanceSeconds(10); // the seed's leads lie before the start
        long start = now();
        long first = createLead("first");
        MockEndpoint changes = getMockEndpoint("mock:changes");

        watch("watch", "kamelet:kommo-source?entity=leads&" + account() + "&modifiedSince=" + start + "&delay=50",
                "mock:changes");
        await("the first lead", PATIENCE, () -> changes.getReceivedCounter() >= 1);
        sandbox().clock().advanceSeconds(5);
        sandbox().data().update("leads", first, json().put("name", "first, renamed"));
        long second = createLead("second");
        await("the update and the second lead", PATIENCE, () -> changes.getReceivedCounter() >= 3);
        awaitAnotherPoll();
        context.getRouteController().stopRoute("watch");

        List<Exchange> received = changes.getReceivedExchanges();
        assertThat(received).hasSize(3);
        for (Exchange e : received) {
            assertThat(e.getMessage().getBody()).isNotInstanceOf(Lead.class); // marshalled
            assertThat(e.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
            JsonNode lead = body(e);
            assertThat(lead.has("otherFields")).as("unknown fields are written flat, as Kommo sent them").isFalse();
            assertThat(lead.has("_links")).isTrue();
            assertThat(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class))
                    .isEqualTo(lead.get("id").asLong());
            assertThat(e.getMessage().getHeader(KommoConstants.UPDATED_AT, Instant.class))
                    .isEqualTo(Instant.ofEpochSecond(lead.get("updated_at").asLong()));
        }
        JsonNode created = body(received.get(0));
        assertThat(created.get("id").asLong()).isEqualTo(first);
        assertThat(created.get("name").asText()).isEqualTo("first");
        assertThat(created.get("updated_at").asLong()).isEqualTo(start);
        assertThat(received.get(0).getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created");
        assertThat(received.subList(1, 3)).extracting(
                e -> body(e).get("id").asLong(), e -> body(e).get("name").asText(),
                e -> body(e).get("updated_at").asLong(),
                e -> e.getMessage().getHeader(KommoConstants.CHANGE_TYPE))
                .containsExactlyInAnyOrder(
                        tuple(first, "first, renamed", start + 5, "updated"),
                        tuple(second, "second", start + 5, "created"));

        List<RecordedRequest> polls = sandbox().stats().requests("GET", "/api/v4/leads");
        assertThat(polls).allSatisfy(p -> assertThat(p.headers()).containsKey("if-modified-since"));
        // the first poll asks from the configured start (the consumer re-reads the start's second), the last from
        // the watermark the delivered changes moved forward
        assertThat(ifModifiedSince(polls.get(0))).isBetween(start - 1, start);
        assertThat(ifModifiedSince(polls.get(polls.size() - 1))).isBetween(start + 4, start + 5);
        // a poll the sandbox answers late may land closer to the next than the budget spaced them: a 429 is retried
        assertThat(polls).allSatisfy(p -> assertThat(p.status()).isIn(200, 204, 429));
    }

    private static long ifModifiedSince(RecordedRequest poll) {
        return ZonedDateTime.parse(poll.headers().get("if-modified-since"), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toEpochSecond();
    }

    @Test
    void keepsTheWatermarkInTheStateRepositoryItIsGiven() throws Exception {
        // a file, as a user would keep it (a MemoryStateRepository forgets everything when the consumer stops it)
        context.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(stateDir.resolve("watermarks.dat").toFile()));
        sandbox().clock().advanceSeconds(10);
        long start = now();
        long before = createLead("before the restart");
        MockEndpoint firstRun = getMockEndpoint("mock:first-run");
        watch("first", "kamelet:kommo-source/first-run?entity=leads&" + account() + "&delay=50&modifiedSince=" + start
                       + "&stateRepository=#watermarks",
                "mock:first-run");
        await("the lead of the first run", PATIENCE, () -> firstRun.getReceivedCounter() >= 1);
        context.getRouteController().stopRoute("first-run"); // the Kamelet's own route, named after the URI's path
        context.getRouteController().stopRoute("first");

        sandbox().clock().advanceSeconds(5);
        long after = createLead("while stopped");
        MockEndpoint secondRun = getMockEndpoint("mock:second-run");
        // a start in 2100: only a watermark from the repository can make the new instance see the lead
        watch("second", "kamelet:kommo-source/second-run?entity=leads&" + account() + "&delay=50"
                        + "&modifiedSince=2100-01-01T00:00:00Z&stateRepository=#watermarks",
                "mock:second-run");
        await("the lead created while stopped", PATIENCE, () -> secondRun.getReceivedCounter() >= 1);
        awaitAnotherPoll();
        context.getRouteController().stopRoute("second");

        assertThat(firstRun.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID))
                .containsExactly(before);
        assertThat(secondRun.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID))
                .containsExactly(after);
    }

    @Test
    void startsFromThisMachinesNowWhenNoStartIsGiven() throws Exception {
        createLead("stamped by the sandbox's clock, in 2026-01-01");
        MockEndpoint changes = getMockEndpoint("mock:changes");
        long startedAfter = Instant.now().getEpochSecond();
        watch("watch", "kamelet:kommo-source?entity=leads&" + account() + "&delay=50", "mock:changes");
        await("three polls", PATIENCE, () -> leadPolls() >= 3);
        context.getRouteController().stopRoute("watch");
        long stoppedBefore = Instant.now().getEpochSecond();

        List<RecordedRequest> polls = sandbox().stats().requests("GET", "/api/v4/leads");
        assertThat(ifModifiedSince(polls.get(0))).isBetween(startedAfter - 1, stoppedBefore);
        assertThat(polls).allSatisfy(p -> assertThat(p.status()).isIn(204, 429));
        assertThat(changes.getReceivedCounter()).isZero();
    }

    @Test
    void takesADelayWithAUnit() throws Exception {
        watch("watch", "kamelet:kommo-source?entity=contacts&" + account() + "&delay=30s", "mock:changes");

        KommoEndpoint endpoint = context.getEndpoints().stream().filter(KommoEndpoint.class::isInstance)
                .map(KommoEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getDelay()).isEqualTo(30_000);
        assertThat(endpoint.getConfiguration().getModifiedSince()).isEqualTo("now");
        assertThat(endpoint.getConfiguration().getStateRepository()).isNull();
        context.getRouteController().stopRoute("watch");
    }

    @Test
    void deletionsArriveWithIncludeDeletedAndTheWatermarkSurvivesInAStateFile() throws Exception {
        sandbox().clock().advanceSeconds(10);
        long start = now();
        long lead = createLead("to delete");
        MockEndpoint changes = getMockEndpoint("mock:deleted");
        String file = stateDir.resolve("watermarks.properties").toString();

        watch("deleted", "kamelet:kommo-source?entity=leads&" + account() + "&modifiedSince=" + start
                         + "&delay=50&includeDeleted=true&stateFile=" + file,
                "mock:deleted");
        await("the lead", PATIENCE, () -> changes.getReceivedCounter() >= 1);
        sandbox().clock().advanceSeconds(1);
        sandbox().data().delete("leads", lead);
        await("its deletion", PATIENCE, () -> changes.getReceivedCounter() >= 2);
        awaitAnotherPoll();
        context.getRouteController().stopRoute("deleted");

        assertThat(changes.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(KommoConstants.CHANGE_TYPE))
                .containsExactly("created", "deleted");
        assertThat(body(changes.getReceivedExchanges().get(1)).get("is_deleted").asBoolean()).isTrue();
        assertThat(Files.readString(Path.of(file))).as("the watermark is in the file").contains("leads");
    }
}
