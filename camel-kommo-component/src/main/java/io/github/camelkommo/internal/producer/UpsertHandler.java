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
package io.github.camelkommo.internal.producer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoWriteOutcome;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upserts any number of items by {@code matchBy}: looks the batch's keys up in a few requests ({@link UpsertLookup}),
 * then sends the found items as one chunked update (only the fields given, the update's write shape) and the others
 * as one chunked create, through the same {@link WriteHandler} as {@code update} and {@code create}. The body is the
 * items with their ids in input order, the header {@code CamelKommoUpsertActions} says of each whether it was
 * created or updated. Several matches for one item fail the batch before anything is written unless
 * {@code matchPolicy} picks one; with {@code idempotencyRepository} the writes are journaled ({@link UpsertJournal}).
 */
final class UpsertHandler implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KommoProducer.class);
    private static final String CREATED = "created";
    private static final String UPDATED = "updated";

    private final WriteHandler creates = new WriteHandler(WriteKind.CREATE);
    private final WriteHandler updates = new WriteHandler(WriteKind.UPDATE);

    @Override
    public void handle(OperationRequest request) throws Exception {
        String what = "kommo:" + request.entity() + " upsert";
        String policy = policy(request);
        BodyReader.Items in = new BodyReader(request.client().mapper(), request.entity().modelType(), what,
                WritableFields.of(request.entity(), WriteKind.CREATE)).read(request.message().getBody());
        List<ObjectNode> items = NamedFields.of(request, in).resolved(in.items());
        MatchKeys match = MatchKeys.of(request);
        UpsertLookup lookup = new UpsertLookup(request, match);
        lookup.readAccount();
        List<Set<String>> keys = keysOf(items, match, what);
        Set<String> all = new LinkedHashSet<>();
        keys.forEach(all::addAll);
        Map<String, List<JsonNode>> found = lookup.find(all);

        Long[] ids = new Long[items.size()];
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<Long, JsonNode> candidates = new LinkedHashMap<>();
            for (String key : keys.get(i)) {
                found.getOrDefault(key, List.of()).forEach(e -> candidates.put(e.path("id").asLong(), e));
            }
            if (candidates.size() == 1 || candidates.size() > 1 && !policy.equals("error")) {
                ids[i] = pick(candidates.values(), policy);
            } else if (candidates.size() > 1) {
                ambiguous.add("the item at input position " + i + " matches " + request.entity() + " "
                              + candidates.keySet().stream().sorted().map(String::valueOf)
                                      .collect(Collectors.joining(", ")));
            }
        }
        if (!ambiguous.isEmpty()) {
            throw new KommoException("Upsert on kommo:" + request.entity() + " by matchBy=" + match.describe()
                                     + ": " + String.join("; ", ambiguous)
                                     + ". Nothing was written; set matchPolicy=first or newest to pick one");
        }

        List<Integer> updatePositions = new ArrayList<>();
        List<Integer> createPositions = new ArrayList<>();
        List<ObjectNode> toUpdate = new ArrayList<>();
        List<ObjectNode> toCreate = new ArrayList<>();
        WriteShape updateShape = WritableFields.of(request.entity(), WriteKind.UPDATE);
        for (int i = 0; i < items.size(); i++) {
            if (ids[i] != null) {
                ObjectNode update = items.get(i).deepCopy().put("id", ids[i]);
                toUpdate.add((ObjectNode) updateShape.project(update));
                updatePositions.add(i);
            } else {
                toCreate.add(items.get(i));
                createPositions.add(i);
            }
        }
        JsonNode[] results = new JsonNode[items.size()];
        String batchKey = request.entity() + ":" + match.describe();
        logUnstored(request.config().getIdempotencyRepository(), batchKey, createPositions, keys, what);
        write(request, updates, toUpdate, updatePositions, keys, batchKey, results, List.of());
        write(request, creates, toCreate, createPositions, keys, batchKey, results, updatePositions);

        List<Object> out = new ArrayList<>(items.size());
        List<String> actions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(creates.output(request, results[i]));
            actions.add(ids[i] != null ? UPDATED : CREATED);
        }
        request.message().setHeader(KommoConstants.UPSERT_ACTIONS, actions);
        if (in.single()) {
            request.message().setBody(out.get(0));
            request.message().setHeader(KommoConstants.ENTITY_ID, results[0].path("id").asLong());
        } else {
            request.message().setBody(out);
        }
        LOG.debug("{} by {}: {} updated, {} created", what, match.describe(), updatePositions.size(),
                createPositions.size());
    }

    /**
     * Items an earlier run journaled as sent that Kommo does not have: their write failed or the run crashed before
     * sending them; they are created now, once.
     */
    private static void logUnstored(IdempotentRepository journal, String batchKey, List<Integer> creating,
                                    List<Set<String>> keys, String what) {
        if (journal == null) {
            return;
        }
        long unstored = creating.stream()
                .filter(i -> keys.get(i).stream().anyMatch(k -> journal.contains(UpsertJournal.entry(batchKey, k))))
                .count();
        if (unstored > 0) {
            LOG.info("{}: {} item(s) journaled as sent by an earlier run are not in Kommo; creating them", what,
                    unstored);
        }
    }

    private static String policy(OperationRequest request) {
        String policy = request.config().getMatchPolicy();
        if (policy == null || !List.of("error", "first", "newest").contains(policy.trim())) {
            throw new IllegalArgumentException("Invalid matchPolicy '" + policy + "' for kommo:" + request.entity()
                                               + " upsert; use error, first or newest");
        }
        return policy.trim();
    }

    /** Each item's keys; an item without one, or two items with the same key, fail before any request writes. */
    private static List<Set<String>> keysOf(List<ObjectNode> items, MatchKeys match, String what) {
        List<Set<String>> keys = new ArrayList<>(items.size());
        List<Integer> keyless = new ArrayList<>();
        Map<String, Integer> firstWith = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Set<String> own = match.keys(items.get(i));
            if (own.isEmpty()) {
                keyless.add(i);
            }
            for (String key : own) {
                Integer earlier = firstWith.putIfAbsent(key, i);
                if (earlier != null && earlier != i) {
                    twice.add("positions " + earlier + " and " + i + " (" + MatchKeys.value(key) + ")");
                }
            }
            keys.add(own);
        }
        if (!keyless.isEmpty()) {
            throw new IllegalArgumentException(what + " by matchBy=" + match.describe() + ": the items at input "
                                               + "positions " + keyless + " have no value of it");
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException(what + " by matchBy=" + match.describe() + ": items share a key at "
                                               + String.join(", ", twice) + "; merge them into one item");
        }
        return keys;
    }

    /** The lowest id (first), or the latest created_at, then the highest id (newest). */
    private static Long pick(Collection<JsonNode> candidates, String policy) {
        Comparator<JsonNode> byId = Comparator.comparingLong(e -> e.path("id").asLong());
        JsonNode chosen = policy.equals("newest")
                                                  ? candidates.stream().max(Comparator.<JsonNode>comparingLong(
                                                          e -> e.path("created_at").asLong()).thenComparing(byId))
                                                          .orElseThrow()
                                                  : candidates.stream().min(byId).orElseThrow();
        return chosen.path("id").asLong();
    }

    /**
     * Writes one part of the batch (its updates or its creates) into {@code results} at the items' input positions. A
     * failure's outcome is given in input positions: what the earlier part wrote counts as written.
     */
    private static void write(OperationRequest request, WriteHandler writer, List<ObjectNode> part,
                              List<Integer> positions, List<Set<String>> keys, String batchKey, JsonNode[] results,
                              List<Integer> writtenBefore)
            throws Exception {
        if (part.isEmpty()) {
            return;
        }
        IdempotentRepository repository = request.config().getIdempotencyRepository();
        WriteHandler.Journal journal = repository == null ? WriteHandler.Journal.NONE
                                                          : new UpsertJournal(repository, batchKey,
                                                                  positions.stream().map(keys::get).toList());
        try {
            JsonNode[] written = writer.send(request, part, WriteHandler.Retry.NEVER, journal);
            for (int i = 0; i < written.length; i++) {
                results[positions.get(i)] = written[i];
            }
        } catch (KommoException e) {
            KommoWriteOutcome partial = e.getWriteOutcome();
            if (partial != null) {
                List<Object> done = new ArrayList<>();
                writtenBefore.forEach(p -> done.add(writer.output(request, results[p])));
                done.addAll(partial.written());
                List<Integer> notWritten = new ArrayList<>(partial.notWritten().stream().map(positions::get).toList());
                if (writtenBefore.isEmpty()) {
                    // the updates failed: the creates were not sent
                    Set<Integer> updating = Set.copyOf(positions);
                    for (int i = 0; i < results.length; i++) {
                        if (!updating.contains(i)) {
                            notWritten.add(i);
                        }
                    }
                }
                e.setWriteOutcome(new KommoWriteOutcome(done, notWritten.stream().sorted().toList(),
                        partial.uncertain().stream().map(positions::get).toList()));
            }
            throw e;
        }
    }
}
