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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.error.KommoValidationException;
import io.github.camelkommo.error.KommoWriteOutcome;
import io.github.camelkommo.internal.client.KommoResponse;
import io.github.camelkommo.model.ComplexLeadResult;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;

/**
 * Creates or updates any number of items: sends them in chunks of {@code batchSize} through the account's budget,
 * each item tagged with its input position as {@code request_id}, and answers with one result per item in input
 * order (a single result for a single object). When a chunk fails, the exception carries a {@link KommoWriteOutcome}
 * with what the earlier chunks wrote.
 */
final class WriteHandler implements OperationHandler {

    private final WriteKind kind;

    WriteHandler(WriteKind kind) {
        this.kind = kind;
    }

    @Override
    public void handle(OperationRequest request) throws Exception {
        ObjectMapper mapper = request.client().mapper();
        Class<? extends KommoModel> type = kind == WriteKind.COMPLEX ? Lead.class
                                                                     : request.entity().modelType();
        BodyReader.Items in = new BodyReader(mapper, type, "kommo:" + request.entity() + " " + kind.operation(),
                WritableFields.of(request.entity(), kind)).read(request.message().getBody());
        if (kind == WriteKind.UPDATE) {
            requireIds(request, in);
        } else if (request.entity().ownerField() != null) {
            fillOwner(request, in);
        }
        NamedFields named = NamedFields.of(request, in);
        List<ObjectNode> items = new ArrayList<>(named.resolved(in.items()));
        JsonNode[] results = send(request, items, (refused, start, end) -> {
            if (named.retryAfter(refused)) {
                named.resolveAgain(in.items(), items, start, end);
                return true;
            }
            return false;
        }, Journal.NONE);
        List<Object> out = new ArrayList<>(results.length);
        for (JsonNode result : results) {
            out.add(output(request, result));
        }
        if (in.single()) {
            request.message().setBody(out.isEmpty() ? null : out.get(0));
            if (results.length == 1 && results[0].hasNonNull("id")) {
                request.message().setHeader(KommoConstants.ENTITY_ID, results[0].get("id").asLong());
            }
            if (results.length == 1 && results[0].hasNonNull("uid")) {
                request.message().setHeader(KommoConstants.UID, results[0].get("uid").asText());
            }
        } else {
            request.message().setBody(out);
        }
    }

    /**
     * Sends resolved items in chunks of {@code batchSize}, logging progress, and answers one result per item in their
     * order. {@code retry} may prepare a chunk Kommo refused for one more try; {@code journal} hears of each chunk
     * before it is sent and after Kommo answered it.
     */
    JsonNode[] send(OperationRequest request, List<ObjectNode> items, Retry retry, Journal journal) throws Exception {
        ObjectMapper mapper = request.client().mapper();
        boolean oneByOne = WritableFields.oneByOne(request.entity(), kind);
        int batchSize = oneByOne ? 1 : Math.min(batchSize(request), WritableFields.maxBatch(request.entity()));
        String path = kind.path(request);
        if (kind == WriteKind.CREATE && request.entity().keyField().equals("uid")) {
            path = path + "/" + UnsortedCategory.of(request, items);
        }
        Map<Integer, String> refusedItems = new TreeMap<>();
        JsonNode[] results = new JsonNode[items.size()];
        WriteProgress progress = new WriteProgress("kommo:" + request.entity() + " " + kind.operation(), items.size(),
                Duration.ofMillis(request.config().getProgressInterval()));
        for (int start = 0; start < items.size(); start += batchSize) {
            int end = Math.min(items.size(), start + batchSize);
            String chunkPath = oneByOne ? path(path, items.get(start)) : path;
            journal.sending(start, end);
            try {
                try {
                    write(request, mapper, chunkPath, items, start, end, results, refusedItems);
                } catch (KommoValidationException refused) {
                    if (!retry.again(refused, start, end)) {
                        throw refused;
                    }
                    write(request, mapper, chunkPath, items, start, end, results, refusedItems);
                }
            } catch (KommoValidationException refused) {
                journal.refused(start, end);
                throw refused;
            }
            journal.written(start, end, results);
            progress.done(end);
        }
        if (!refusedItems.isEmpty()) {
            throw refusedItems(request, results, refusedItems);
        }
        return results;
    }

    /** Prepares a refused chunk for one more try. */
    @FunctionalInterface
    interface Retry {
        Retry NEVER = (refused, start, end) -> false;

        /** Whether the chunk from {@code start} to {@code end}, refused so, is worth sending once more. */
        boolean again(KommoValidationException refused, int start, int end) throws KommoException;
    }

    /** Hears of each chunk of a write: before it is sent, and once Kommo stored or refused it. */
    interface Journal {
        Journal NONE = new Journal() {
        };

        default void sending(int start, int end) {
        }

        default void written(int start, int end, JsonNode[] results) {
        }

        /** Kommo refused the chunk with a validation error: it stored none of it. */
        default void refused(int start, int end) {
        }
    }

    /** Sends one chunk; after a 504, when allowed, sends its two halves instead (Kommo's advice for heavy batches). */
    private void write(OperationRequest request, ObjectMapper mapper, String path, List<ObjectNode> items, int start,
                       int end, JsonNode[] results, Map<Integer, String> refused)
            throws Exception {
        KommoResponse response;
        try {
            byte[] body = WritableFields.oneByOne(request.entity(), kind) ? single(mapper, items.get(start))
                                                                          : payload(mapper, items, start, end);
            response = request.client().execute(kind.request(path, body), request.config().isRetryNonIdempotent());
        } catch (KommoServerException e) {
            if (e.getStatusCode() == 504 && request.config().isSplitBatchOn504() && end - start > 1) {
                int middle = start + (end - start) / 2;
                write(request, mapper, path, items, start, middle, results, refused);
                write(request, mapper, path, items, middle, end, results, refused);
                return;
            }
            e.setWriteOutcome(outcome(request, results, start, end, e));
            throw e;
        } catch (KommoException e) {
            e.setWriteOutcome(outcome(request, results, start, end, e));
            throw e;
        }
        refused.putAll(refusedInAnswer(response, start, end));
        merge(response, items, start, end, results, request, refused.keySet());
    }

    /**
     * The items of a chunk Kommo accepted but did not write, by input position, with why: the answer's
     * {@code errors[] {request_id, status, title, detail}} (calls whose phone no card has).
     */
    private static Map<Integer, String> refusedInAnswer(KommoResponse response, int start, int end) {
        Map<Integer, String> refused = new TreeMap<>();
        if (response.isEmpty()) {
            return refused;
        }
        for (JsonNode error : response.body().path("errors")) {
            String id = error.path("request_id").asText("");
            if (id.matches("\\d+") && Integer.parseInt(id) >= start && Integer.parseInt(id) < end) {
                refused.put(Integer.parseInt(id), (error.path("status").asText("") + " " + error.path("title")
                        .asText("") + ": " + error.path("detail").asText("")).strip());
            }
        }
        return refused;
    }

    /** Some items were refused one by one while the others were written: the outcome names both. */
    private KommoException refusedItems(OperationRequest request, JsonNode[] results, Map<Integer, String> refused) {
        List<Object> written = new ArrayList<>();
        for (JsonNode result : results) {
            if (result != null) {
                written.add(output(request, result));
            }
        }
        StringBuilder message = new StringBuilder("kommo:" + request.entity() + " " + kind.operation() + ": Kommo "
                                                  + "wrote " + written.size() + " of " + results.length
                                                  + " item(s) and refused the items at input positions "
                                                  + refused.keySet() + ":");
        refused.forEach((position, why) -> message.append(" [").append(position).append("] ").append(why).append(';'));
        KommoException e = new KommoException(message.substring(0, message.length() - 1));
        e.setWriteOutcome(new KommoWriteOutcome(written, List.copyOf(refused.keySet()), List.of()));
        return e;
    }

    /** Where one item sent on its own goes: an update to the item's own path. */
    private String path(String path, ObjectNode item) {
        return kind == WriteKind.UPDATE ? path + "/" + item.path("id").asLong() : path;
    }

    /** Items created on one owner (notes on a lead) take its id from the entity id when they name none. */
    private static void fillOwner(OperationRequest request, BodyReader.Items in) {
        String field = request.entity().ownerField();
        Long owner = request.entityId();
        for (ObjectNode item : in.items()) {
            if (!item.hasNonNull(field)) {
                if (owner == null) {
                    throw new IllegalArgumentException("Create on kommo:" + request.entity() + " needs " + field
                                                       + " on every item, or the owner's id as entityId= or the header "
                                                       + KommoConstants.ENTITY_ID);
                }
                item.put(field, owner);
            }
        }
    }

    private void requireIds(OperationRequest request, BodyReader.Items in) {
        Long headerId = request.entityId();
        if (in.single() && headerId != null && !in.items().get(0).hasNonNull("id")) {
            in.items().get(0).put("id", headerId);
        }
        List<Integer> missing = IntStream.range(0, in.items().size())
                .filter(i -> !in.items().get(i).path("id").canConvertToLong()).boxed().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Update on kommo:" + request.entity() + " needs an id on every item; "
                                               + (in.single() ? "the item has none (set it, entityId= or the header "
                                                                + KommoConstants.ENTITY_ID + ")"
                                                              : "items at input positions " + missing + " have none"));
        }
    }

    private int batchSize(OperationRequest request) {
        int batchSize = request.config().getBatchSize();
        if (batchSize < 1 || batchSize > KommoEntity.MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + KommoEntity.MAX_BATCH
                                               + " (Kommo's limit per request), was " + batchSize);
        }
        return Math.min(batchSize, kind.maxBatch());
    }

    /**
     * The chunk as Kommo takes it, each item tagged with its input position. An update never sends
     * {@code updated_at}: Kommo would keep the value read earlier, and pollers would miss the change.
     */
    private byte[] payload(ObjectMapper mapper, List<ObjectNode> items, int start, int end)
            throws JsonProcessingException {
        ArrayNode payload = mapper.createArrayNode();
        for (int i = start; i < end; i++) {
            ObjectNode item = items.get(i).deepCopy().put("request_id", String.valueOf(i));
            if (kind == WriteKind.UPDATE) {
                item.remove("updated_at");
            }
            payload.add(item);
        }
        return mapper.writeValueAsBytes(payload);
    }

    /** One item as Kommo takes it alone: the object itself, its id in the path. */
    private byte[] single(ObjectMapper mapper, ObjectNode item) throws JsonProcessingException {
        ObjectNode copy = item.deepCopy();
        copy.remove(List.of("id", "request_id", "updated_at"));
        return mapper.writeValueAsBytes(copy);
    }

    private void merge(KommoResponse response, List<ObjectNode> items, int start, int end, JsonNode[] results,
                       OperationRequest request, Set<Integer> refused)
            throws KommoException {
        JsonNode answers = response.isEmpty() ? null
                                              : WritableFields.oneByOne(request.entity(), kind)
                                                                                                ? JsonNodeFactory.instance
                                                                                                        .arrayNode()
                                                                                                        .add(response
                                                                                                                .body())
                                                                                                : kind.answers(
                                                                                                        response.body(),
                                                                                                        request.entity());
        if (answers == null || !answers.isArray()) {
            throw unmatched(request, results, start, end, "Kommo accepted " + (end - start) + " item(s) for "
                                                          + request.entity()
                                                          + " but its answer has no per-item results");
        }
        int inChunk = start;
        while (refused.contains(inChunk)) {
            inChunk++;
        }
        for (JsonNode answer : answers) {
            for (int position : positions(answer, inChunk, start, end)) {
                results[position] = kind == WriteKind.COMPLEX ? answer : merged(items.get(position), answer);
            }
            inChunk++;
            while (refused.contains(inChunk)) {
                inChunk++;
            }
        }
        for (int i = start; i < end; i++) {
            if (results[i] == null && !refused.contains(i)) {
                throw unmatched(request, results, start, end, "Kommo's answer for " + request.entity()
                                                              + " names no result for the item at input position " + i);
            }
        }
    }

    /** The chunk was accepted but its answer cannot be matched to the items: they count as uncertain. */
    private KommoException unmatched(OperationRequest request, JsonNode[] results, int start, int end, String message) {
        for (int i = start; i < end; i++) {
            results[i] = null;
        }
        KommoException e = new KommoException(message);
        List<Integer> chunk = IntStream.range(start, end).boxed().toList();
        List<Object> written = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            written.add(output(request, results[i]));
        }
        e.setWriteOutcome(new KommoWriteOutcome(written, IntStream.range(end, results.length).boxed().toList(), chunk));
        return e;
    }

    /** The input positions an answer stands for: its request_id (an array for complex leads), else its order. */
    private static List<Integer> positions(JsonNode answer, int byOrder, int start, int end) {
        JsonNode ids = answer.path("request_id");
        List<Integer> positions = new ArrayList<>();
        for (JsonNode id : ids.isArray() ? ids : List.of(ids)) {
            String text = id.asText("");
            if (text.matches("\\d+") && Integer.parseInt(text) >= start && Integer.parseInt(text) < end) {
                positions.add(Integer.parseInt(text));
            }
        }
        if (positions.isEmpty() && byOrder < end) {
            positions.add(byOrder);
        }
        return positions;
    }

    /**
     * The caller's item with what Kommo answered for it: the new id (create) or updated_at (update), and whatever
     * else the answer holds (an incoming lead's uid and the ids of what it made, a call's card), less its links and
     * request_id.
     */
    private static JsonNode merged(ObjectNode item, JsonNode answer) {
        ObjectNode result = item.deepCopy();
        answer.properties().forEach(field -> {
            if (!field.getValue().isNull() && !field.getKey().equals("_links")
                && !field.getKey().equals("request_id")) {
                result.set(field.getKey(), field.getValue());
            }
        });
        return result;
    }

    /** What the route gets for one written item; an item its model cannot bind (a raw body) as JSON text. */
    Object output(OperationRequest request, JsonNode result) {
        if (kind == WriteKind.COMPLEX && !request.config().isRawJson()) {
            return request.client().mapper().convertValue(result, ComplexLeadResult.class);
        }
        try {
            return request.output(result);
        } catch (KommoBindingException e) {
            return result.toString();
        }
    }

    private KommoWriteOutcome outcome(OperationRequest request, JsonNode[] results, int start, int end,
                                      KommoException e) {
        List<Object> written = new ArrayList<>(start);
        for (int i = 0; i < start; i++) {
            if (results[i] != null) {
                written.add(output(request, results[i]));
            }
        }
        boolean uncertain = e instanceof KommoServerException || e instanceof KommoConnectionException;
        List<Integer> chunk = IntStream.range(start, end).boxed().toList();
        List<Integer> notWritten = new ArrayList<>(uncertain ? List.of() : chunk);
        IntStream.range(end, results.length).forEach(notWritten::add);
        return new KommoWriteOutcome(written, notWritten, uncertain ? chunk : List.of());
    }
}
