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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.internal.account.AccountLease;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import io.github.camelkommo.internal.metrics.PollingStatus;
import io.github.camelkommo.internal.state.EndpointState;
import io.github.camelkommo.internal.support.ExchangeFailures;
import io.github.camelkommo.internal.webhook.ChangeLedger;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an entity's changes. Each poll asks Kommo for what changed since the watermark with
 * {@code If-Modified-Since} and {@code filter[updated_at][from]}, oldest first, and delivers each change (or each page
 * of changes as one batch). Unsorted, which Kommo lists with no time filter, is read whole each poll in
 * {@code created_at} order, and its new items are delivered by {@code created_at} and uid. The watermark, with the
 * keys already delivered in its second, lives in the endpoint's
 * {@link StateRepository} and moves only past changes whose exchanges succeeded, so a failure or a restart repeats
 * nothing it need not and loses nothing. Each change also passes the endpoint's {@link ChangeLedger}, kept in the
 * same repository, so that none is delivered again after a crash in the middle of a page, nor one that a webhook
 * delivered. A graceful stop first delivers the changes of the page already read. An idle poll costs one request.
 * Its requests count under the endpoint's entity and the operation {@code poll}; it holds its account through an
 * {@link AccountLease} while it runs.
 */
@ManagedResource(description = "Kommo polling consumer")
public class KommoConsumer extends ScheduledPollConsumer implements ShutdownAware, PollingStatus {

    private static final Logger LOG = LoggerFactory.getLogger(KommoConsumer.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** Kommo serves at most 100 events a page. */
    private static final int EVENTS_PAGE = 100;

    private final EndpointContext endpoint;
    private final KommoConfiguration config;
    private final KommoEntity entity;
    private final ChangeOrder order;
    private final AccountLease lease;
    private final ChangeLedger ledger;
    private StateRepository<String, String> state;
    private KommoClient client;
    private String stateKey;
    private volatile Watermark watermark;
    private PollFailureLog failures;
    /** Held while a poll runs, so that stopping waits for the poll to commit its watermark. */
    private final ReentrantLock polling = new ReentrantLock();
    /** Changes read but not yet delivered: a graceful stop waits for them, so a change once read is delivered. */
    private volatile int pending;
    private volatile boolean forcedStop;
    /** When the latest poll that read every page and delivered every change began: nothing older was left then. */
    private volatile Instant caughtUpAt;
    /** The {@code updated_at} (or Unsorted's {@code created_at}, unix seconds) of the oldest change read but not delivered yet, or null. */
    private volatile Long undeliveredSince;
    /** Set by a poll that read every page and delivered every change. */
    private boolean caughtUp;

    /**
     * @param endpoint  what the consumer sees of its endpoint
     * @param processor the route
     * @param lease     the consumer's hold on its account, taken when it starts
     * @param ledger    the endpoint's changes delivered, shared with its webhook handler
     */
    public KommoConsumer(EndpointContext endpoint, Processor processor, AccountLease lease, ChangeLedger ledger) {
        super(endpoint.endpoint(), processor);
        this.endpoint = endpoint;
        this.config = endpoint.configuration();
        this.entity = endpoint.entity();
        this.order = ChangeOrder.of(entity);
        this.lease = lease;
        this.ledger = ledger;
    }

    @Override
    public KommoEntity entity() {
        return entity;
    }

    @Override
    protected void doStart() throws Exception {
        if (getExceptionHandler() instanceof LoggingExceptionHandler) { // not when the user bridges errors to routes
            failures = new PollFailureLog(getExceptionHandler(), "kommo:" + entity);
            setExceptionHandler(failures);
        }
        String watched = order.timeField();
        if (config.getFilter().keySet().stream()
                .anyMatch(key -> key.equals(watched) || key.startsWith(watched + "."))) {
            throw new IllegalArgumentException(
                    "kommo:" + entity + " consumer: filter." + watched + " is the consumer's own "
                                               + "(it reads the changes since its watermark); use modifiedSince to "
                                               + "choose where it starts");
        }
        if (config.getOperation() != null) {
            throw new IllegalArgumentException("kommo:" + entity + " consumer: operation=" + config.getOperation()
                                               + " is for producers (to(...)); a consumer (from(...)) polls for changes");
        }
        if (getDelay() <= 0) {
            throw new IllegalArgumentException("kommo:" + entity + " consumer: delay must be a positive number of "
                                               + "milliseconds or a duration such as 60s, was " + getDelay()
                                               + " (Camel reads a value it cannot parse, such as delay=abc, as 0)");
        }
        if (config.isIncludeDeleted() && !entity.isCard()) {
            throw new IllegalArgumentException(
                    "kommo:" + entity + " consumer: includeDeleted is for leads, contacts and "
                                               + "companies, whose deletions Kommo records as events");
        }
        client = lease.acquireForConsumer(this).labelled(entity.name(), "poll");
        try {
            startFromWatermark();
            super.doStart();
        } catch (Exception | Error e) {
            lease.release();
            throw e;
        }
    }

    private void startFromWatermark() throws Exception {
        state = EndpointState.repository(endpoint);
        stateKey = EndpointState.key(entity, config, client.account().name());
        ledger.attach(state, stateKey);
        String stored = state.getState(stateKey);
        if (stored == null) {
            watermark = StartingPoint.of(config.getModifiedSince(), Instant.now());
            state.setState(stateKey, watermark.encode()); // a restart before the first change keeps this start
        } else {
            watermark = Watermark.decode(stored);
        }
        caughtUpAt = null;
        undeliveredSince = null;
        LOG.info("Polling kommo:{} of {} for changes from {}", entity, client.account().name(), describe(watermark));
    }

    /** The endpoint's {@code with}, {@code query} and filters as query parameters. */
    private List<Map.Entry<String, String>> filterQuery() {
        return EndpointState.filterQuery(config);
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        polling.lock(); // a poll under way commits its watermark before the consumer counts as stopped
        polling.unlock();
        lease.release();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            Instant began = Instant.now();
            caughtUp = false;
            int delivered = pollChanges();
            if (caughtUp) {
                caughtUpAt = began;
                undeliveredSince = null;
            }
            return delivered;
        } finally {
            polling.unlock();
        }
    }

    private int pollChanges() throws Exception {
        forcedStop = false;
        try {
            return pollPages();
        } finally {
            pending = 0;
        }
    }

    private int pollPages() throws Exception {
        return entity.isOrderedByUpdate() ? pollOldestFirst() : pollWindow();
    }

    /**
     * Reads the changes page by page, oldest first, re-reading from the watermark after each page. With
     * {@code includeDeleted}, the deletions since the watermark (read from Kommo's events once a poll) are delivered
     * among them in time order: each with the page whose changes reach its time, the rest with the last page.
     */
    private int pollOldestFirst() throws Exception {
        List<JsonNode> deletions = config.isIncludeDeleted() ? deletions(watermark) : new ArrayList<>();
        int delivered = 0;
        int page = 1;
        while (isRunAllowed()) {
            Watermark before = watermark;
            KommoResponse response = read(before, page, "updated_at");
            List<JsonNode> changes = response.items(entity.embeddedKey());
            boolean last = !response.hasNextPage();
            long reach = last || changes.isEmpty() ? Long.MAX_VALUE
                                                   : changes.get(changes.size() - 1).path("updated_at").asLong();
            changes = new ArrayList<>(changes);
            for (Iterator<JsonNode> it = deletions.iterator(); it.hasNext();) {
                JsonNode deletion = it.next();
                if (deletion.path("updated_at").asLong() <= reach) {
                    changes.add(deletion);
                    it.remove();
                }
            }
            Delivery delivery = deliverInOrder(changes, before);
            delivered += delivery.done();
            if (!delivery.all()) {
                return delivered; // an exchange failed: the watermark stays before it, the next poll retries it
            }
            Watermark pageEnd = delivery.end();
            commit(pageEnd);
            if (last) {
                caughtUp = true;
                break;
            }
            // Re-read from the new watermark (keyset paging: changes made while paging cannot shift past us);
            // only while a whole page sits in one second must the page number move on.
            page = pageEnd.second() > before.second() ? 1 : page + 1;
        }
        return delivered;
    }

    /**
     * The entity's deletions since the watermark, from Kommo's events ({@code lead_deleted}, ...), each as the
     * entity's id, the deletion's time as {@code updated_at} and {@code is_deleted: true}, oldest first.
     */
    private List<JsonNode> deletions(Watermark from) throws KommoException {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", entity.eventName() + "_deleted");
        if (from.second() != Watermark.BEGINNING) {
            filters.put("created_at", Map.of("from", from.second() - 1));
        }
        KommoRequest request = KommoRequest.get(KommoEntity.events.path(),
                new KommoQuery().page(1, EVENTS_PAGE).filters(filters).entries());
        List<JsonNode> deletions = new ArrayList<>();
        for (JsonNode event : client.readAll(request, KommoEntity.events.embeddedKey())) {
            deletions.add(JsonNodeFactory.instance.objectNode().put("id", event.path("entity_id").asLong())
                    .put("updated_at", event.path("created_at").asLong()).put("is_deleted", true));
        }
        deletions.sort(Comparator.comparingLong(item -> item.path("updated_at").asLong()));
        return deletions;
    }

    /**
     * For an entity Kommo cannot order by {@code updated_at}: reads every page of the changes since the watermark in
     * an order stable while paging (tasks by id; Unsorted, which takes no time filter, by {@code created_at}, which
     * an item keeps), then delivers them sorted by the watched time.
     */
    private int pollWindow() throws Exception {
        Watermark before = watermark;
        List<JsonNode> window = new ArrayList<>();
        boolean readAll = false;
        for (int page = 1; isRunAllowed() && !readAll; page++) {
            KommoResponse response = read(before, page, entity.orderFields().contains("id") ? "id" : order.timeField());
            window.addAll(response.items(entity.embeddedKey()));
            readAll = response.isEmpty() || !response.hasNextPage();
        }
        Delivery delivery = deliverInOrder(window, before);
        if (delivery.all()) {
            commit(delivery.end());
            caughtUp = readAll;
        }
        return delivery.done();
    }

    /**
     * What {@link #deliverInOrder} did: how many changes it delivered, whether that was all of them, and the
     * watermark past every change it was given.
     */
    private record Delivery(int done, boolean all, Watermark end) {
    }

    /**
     * Delivers the changes the watermark {@code before} has not delivered yet, sorted by the watched time (then by
     * key), until an exchange fails.
     */
    private Delivery deliverInOrder(List<JsonNode> changes, Watermark before) throws Exception {
        changes.sort(order.comparator());
        List<JsonNode> fresh = new ArrayList<>();
        Watermark end = before;
        for (JsonNode item : changes) {
            if (!before.delivered(item, order)) {
                fresh.add(item);
            }
            end = end.after(item, order);
        }
        int done = deliver(fresh, before);
        return new Delivery(done, done == fresh.size(), end);
    }

    /**
     * One page of the changes since the watermark; the poll counts as working once Kommo answered. For an entity whose
     * lists honour neither (Unsorted), it asks for the page as it is. Otherwise it asks with both
     * {@code If-Modified-Since} (what Kommo's limits page recommends) and {@code filter[updated_at][from]} (what the
     * list references document), so the answer holds only changes whichever of the two the server honours. Both
     * start one second before the watermark's second, so that neither reading of "since" or "from" (inclusive or
     * not) skips a change made later in that second; what was delivered already is dropped by the watermark.
     */
    private KommoResponse read(Watermark from, int page, String orderBy) throws KommoException {
        KommoQuery query = new KommoQuery()
                .page(page, config.getPageSize())
                .order(orderBy + ":asc")
                .addAll(filterQuery());
        boolean since = from.second() != Watermark.BEGINNING && entity.isModifiedSinceAware();
        if (since) {
            query.filters(Map.of("updated_at", Map.of("from", from.second() - 1)));
        }
        KommoRequest request = KommoRequest.get(entity.path(), query.entries());
        if (since) {
            request = request.ifModifiedSince(HTTP_DATE.format(Instant.ofEpochSecond(from.second() - 1)));
        }
        KommoResponse response = client.execute(request, false);
        forceConsumerAsReady();
        if (failures != null) {
            failures.pollSucceeded();
        }
        return response;
    }

    /** Processes the changes in order; returns how many succeeded before the first failure. */
    private int deliver(List<JsonNode> changes, Watermark start) throws Exception {
        if (changes.isEmpty()) {
            return 0;
        }
        if (config.isChangesAsBatch()) {
            undeliveredSince = order.time(changes.get(0));
            Exchange exchange = createExchange(false);
            List<Object> bodies = new ArrayList<>(changes.size());
            changes.forEach(item -> bodies.add(body(item, exchange)));
            exchange.getMessage().setBody(bodies);
            return process(exchange) ? advance(changes, changes.size()) : 0;
        }
        for (int i = 0; i < changes.size(); i++) {
            pending = changes.size() - i;
            undeliveredSince = order.time(changes.get(i));
            if (forcedStop) {
                return advance(changes, i); // the rest comes with the first poll after the restart
            }
            JsonNode item = changes.get(i);
            ChangeLedger.Claim claim = ledger.claim(order.ledgerKey(item), order.time(item), null);
            if (claim.verdict() == ChangeLedger.Verdict.DELIVERED) {
                continue; // delivered already: by a webhook, or before a restart or a failover
            }
            if (claim.verdict() == ChangeLedger.Verdict.IN_FLIGHT) {
                LOG.debug("kommo:{} {} at {} is being delivered elsewhere; the next poll goes on from it", entity,
                        order.key(item), order.time(item));
                return advance(changes, i); // the watermark stays before it until that exchange settles
            }
            Exchange exchange = createExchange(false);
            exchange.getMessage().setBody(body(item, exchange));
            if (order.numericKey()) {
                exchange.getMessage().setHeader(KommoConstants.ENTITY_ID, item.path("id").asLong());
            } else {
                exchange.getMessage().setHeader(KommoConstants.UID, order.key(item));
            }
            if (item.hasNonNull("updated_at")) {
                exchange.getMessage().setHeader(KommoConstants.UPDATED_AT,
                        Instant.ofEpochSecond(item.path("updated_at").asLong()));
            }
            exchange.getMessage().setHeader(KommoConstants.CHANGE_TYPE, changeType(item, start));
            if (!process(exchange)) {
                ledger.release(claim);
                return advance(changes, i);
            }
            ledger.delivered(claim);
        }
        return advance(changes, changes.size());
    }

    /**
     * The change as the route gets it. One its model cannot bind still reaches the route, as the JSON Kommo sent
     * with the reason in {@code CamelKommoBindingError}, so that one odd entity never stalls the consumer.
     */
    private Object body(JsonNode item, Exchange exchange) {
        try {
            return endpoint.output(item);
        } catch (KommoBindingException e) {
            String before = exchange.getMessage().getHeader(KommoConstants.BINDING_ERROR, String.class);
            exchange.getMessage().setHeader(KommoConstants.BINDING_ERROR,
                    before == null ? e.getMessage() : before + "\n" + e.getMessage());
            LOG.warn("{}; it is delivered as JSON text", e.getMessage());
            return item.toString();
        }
    }

    private String changeType(JsonNode item, Watermark start) {
        if (item.path("is_deleted").asBoolean(false)) {
            return "deleted";
        }
        return isCreated(item, start) ? "created" : "updated";
    }

    private boolean isCreated(JsonNode item, Watermark start) {
        long createdAt = item.path("created_at").asLong();
        return createdAt > start.second()
               || createdAt == start.second() && !start.seenKeys().contains(order.key(item));
    }

    private boolean process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = ExchangeFailures.of(exchange);
        if (failure != null) {
            getExceptionHandler().handleException("kommo:" + entity + " change not processed; it is delivered again "
                                                  + "on the next poll",
                    exchange, failure);
        }
        releaseExchange(exchange, false);
        return failure == null;
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    @Override
    public int getPendingExchangesSize() {
        return pending;
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        forcedStop = forced;
    }

    /** Commits the watermark past the first {@code count} changes. */
    private int advance(List<JsonNode> changes, int count) {
        undeliveredSince = count < changes.size() ? order.time(changes.get(count)) : null;
        Watermark next = watermark;
        for (int i = 0; i < count; i++) {
            next = next.after(changes.get(i), order);
        }
        commit(next);
        return count;
    }

    private void commit(Watermark next) {
        if (!next.equals(watermark)) {
            watermark = next;
            state.setState(stateKey, next.encode());
            ledger.passed(next.second());
        }
    }

    /**
     * How far behind the consumer is: the age of the oldest change it read but has not delivered (an exchange failed,
     * or a backlog is being worked off); otherwise the time since its latest poll that found nothing left to deliver
     * (so it grows while polls fail, and stays within one poll delay while Kommo is quiet); before the first such poll,
     * the time since the watermark. Null while that is unknown: reading from the beginning, before the first page.
     */
    @Override
    public Duration lag() {
        Instant now = Instant.now();
        Long undelivered = undeliveredSince;
        Instant since;
        if (undelivered != null) {
            since = Instant.ofEpochSecond(undelivered);
        } else {
            Instant caught = caughtUpAt;
            Instant mark = getWatermark();
            since = caught == null ? mark : mark == null || caught.isAfter(mark) ? caught : mark;
        }
        return since == null ? null : since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
    }

    /** {@link #lag()} in seconds, or -1 while it is unknown. */
    @ManagedAttribute(description = "Seconds the consumer is behind: the age of the oldest change not delivered yet, "
                                    + "or the time since the last poll that found nothing left to deliver")
    @Override
    public long getLagSeconds() {
        Duration lag = lag();
        return lag == null ? -1 : lag.getSeconds();
    }

    /** The committed watermark's time, for lag metrics; {@code null} before the first change when reading from the beginning. */
    @Override
    public Instant getWatermark() {
        return watermark == null || watermark.second() == Watermark.BEGINNING ? null : Instant
                .ofEpochSecond(watermark.second());
    }

    private static String describe(Watermark w) {
        return w.second() == Watermark.BEGINNING ? "the beginning" : Instant.ofEpochSecond(w.second()).toString();
    }
}
