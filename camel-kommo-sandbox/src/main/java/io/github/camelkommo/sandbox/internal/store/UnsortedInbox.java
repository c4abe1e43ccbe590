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
package io.github.camelkommo.sandbox.internal.store;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Incoming leads waiting in "Unsorted" (amoCRM unsorted-api). Adding one ({@code forms} or {@code sip}) creates its
 * lead in the pipeline's incoming stage, with its contact and company linked; accepting moves the lead into a stage
 * (the first regular one by default), declining deletes it, linking (chats only) puts the item's contact on an
 * existing lead and drops the item's own lead. A sorted item leaves the list; the summary counts every item.
 */
public final class UnsortedInbox {

    /** The keys of an item of an unsorted add (amoCRM unsorted-api, forms and sip parameter tables). */
    private static final Set<String> ITEM_KEYS = Set.of("request_id", "source_uid", "source_name", "pipeline_id",
            "created_at", "metadata", "_embedded");
    private static final Set<String> EMBEDDED_KEYS = Set.of("leads", "contacts", "companies");
    private static final Set<String> NAMES = Set.of("name", "first_name", "last_name");

    private final EntityStore store;
    private final Map<String, Entry> items = new LinkedHashMap<>();
    private long sequence;

    /** An item and how it was sorted ({@code null} while waiting). */
    private record Entry(ObjectNode item, String outcome, long sortedAt) {
    }

    UnsortedInbox(EntityStore store) {
        this.store = store;
    }

    synchronized void clear() {
        items.clear();
        sequence = 0;
    }

    /** The waiting items, oldest first (shared: do not mutate). */
    public synchronized List<ObjectNode> waiting() {
        return items.values().stream().filter(e -> e.outcome() == null).map(Entry::item).toList();
    }

    /** Every item ever added, oldest first, with how it was sorted (shared: do not mutate). */
    public synchronized List<ObjectNode> all() {
        return items.values().stream().map(Entry::item).toList();
    }

    /** A waiting item. */
    public synchronized Optional<ObjectNode> find(String uid) {
        return Optional.ofNullable(items.get(uid)).filter(e -> e.outcome() == null).map(Entry::item);
    }

    /** {@code accepted}, {@code declined}, {@code linked}, or empty while waiting or unknown. */
    public synchronized Optional<String> outcome(String uid) {
        return Optional.ofNullable(items.get(uid)).map(Entry::outcome);
    }

    /** Seconds from arrival to sorting of the sorted items; empty when none was sorted. */
    public synchronized List<Long> sortTimes(List<ObjectNode> of) {
        List<Long> out = new ArrayList<>();
        for (ObjectNode item : of) {
            Entry entry = items.get(item.get("uid").asText());
            if (entry.outcome() != null) {
                out.add(entry.sortedAt() - item.get("created_at").asLong());
            }
        }
        return out;
    }

    /**
     * Adds incoming leads of a category ({@code forms}, {@code sip}; {@code chats} only for the sandbox's own data),
     * all or none.
     *
     * @throws ValidationException when any item is invalid
     */
    public List<ObjectNode> add(String category, List<ObjectNode> batch, List<String> labels) {
        synchronized (store) {
            List<ItemErrors> errors = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Violations violations = new Violations();
                check(category, batch.get(i), violations);
                EntityStore.collect(errors, labels.get(i), violations);
            }
            EntityStore.throwIfAny(errors);
            List<ObjectNode> out = new ArrayList<>();
            for (ObjectNode sent : batch) {
                out.add(create(category, sent));
            }
            return out;
        }
    }

    private void check(String category, ObjectNode item, Violations violations) {
        CustomFieldValueKeys.check(item, ITEM_KEYS, "", violations);
        for (String required : List.of("source_uid", "source_name")) {
            References.checkRequiredText(item.get(required), required, violations);
        }
        if (item.has("pipeline_id") && (!JsonKind.INT.matches(item.get("pipeline_id"))
                                        || store.pipeline(item.get("pipeline_id").asLong()).isEmpty())) {
            violations.notSupportedChoice("pipeline_id");
        }
        if (item.has("created_at") && !JsonKind.INT.matches(item.get("created_at"))) {
            violations.invalidType("created_at", JsonKind.INT);
        }
        JsonNode metadata = item.get("metadata");
        if (metadata == null || metadata.isNull()) {
            violations.notBlank("metadata");
        } else {
            UnsortedMetadata.checkOf(category, metadata, violations);
        }
        JsonNode embedded = item.get("_embedded");
        if (embedded == null || !embedded.isObject()) {
            violations.notBlank("_embedded.leads");
            return;
        }
        CustomFieldValueKeys.check(embedded, EMBEDDED_KEYS, "_embedded", violations);
        JsonNode leads = embedded.get("leads");
        if (leads == null || !leads.isArray() || leads.size() != 1) {
            violations.tooMany("_embedded.leads", 1);
        }
        for (String key : EMBEDDED_KEYS) {
            JsonNode parts = embedded.get(key);
            if (parts == null) {
                continue;
            }
            if (!parts.isArray() || parts.size() > 1) {
                violations.tooMany("_embedded." + key, 1);
                continue;
            }
            for (JsonNode part : parts) {
                if (!part.isObject()) {
                    violations.invalidType("_embedded." + key + "[0]", JsonKind.OBJECT);
                    continue;
                }
                store.validateNew(EntityType.of(key), named((ObjectNode) part),
                        violations.nested("_embedded." + key + "[0]"));
            }
        }
    }

    /**
     * A part with numeric names as text: the vendor's forms example sends {@code "name": 234} for a contact, so the
     * sandbox takes a number there as its text.
     */
    private static ObjectNode named(ObjectNode part) {
        ObjectNode copy = part.deepCopy();
        for (String name : NAMES) {
            if (copy.path(name).isNumber()) {
                copy.set(name, TextNode.valueOf(copy.get(name).asText()));
            }
        }
        return copy;
    }

    private ObjectNode create(String category, ObjectNode sent) {
        JsonNode embedded = sent.get("_embedded");
        long pipeline = sent.has("pipeline_id") ? sent.get("pipeline_id").asLong() : store.mainPipelineId();
        Long contact = part(embedded, "contacts");
        Long company = part(embedded, "companies");
        ObjectNode lead = named((ObjectNode) embedded.get("leads").get(0));
        lead.put("pipeline_id", pipeline).put("status_id", store.incomingStatusId(pipeline));
        ObjectNode links = lead.has("_embedded") ? (ObjectNode) lead.get("_embedded") : lead.putObject("_embedded");
        if (contact != null) {
            links.putArray("contacts").addObject().put("id", contact).put("is_main", true);
        }
        if (company != null) {
            links.putArray("companies").addObject().put("id", company);
        }
        long leadId = store.createUnchecked(EntityType.LEADS, List.of(lead)).get(0).get("id").asLong();
        ObjectNode item = Json.object();
        String uid = uid();
        item.put("uid", uid);
        item.set("source_uid", sent.get("source_uid"));
        item.set("source_name", sent.get("source_name"));
        item.put("category", category);
        item.put("pipeline_id", pipeline);
        item.put("created_at", sent.has("created_at") ? sent.get("created_at").asLong() : store.clock().nowSeconds());
        item.set("metadata", stored(category, sent.get("metadata")));
        item.put("account_id", store.accountId());
        ObjectNode parts = item.putObject("_embedded");
        ids(parts.putArray("contacts"), contact);
        ids(parts.putArray("leads"), leadId);
        ids(parts.putArray("companies"), company);
        synchronized (this) {
            items.put(uid, new Entry(item, null, 0));
        }
        return item;
    }

    /**
     * The metadata as Kommo answers it (amoCRM unsorted-api, get and list examples): a form's {@code form_sent_at}
     * and a call's {@code duration} as text, a form's {@code visitor_uid} {@code null} when not sent.
     */
    private static ObjectNode stored(String category, JsonNode sent) {
        ObjectNode metadata = sent == null ? Json.object() : (ObjectNode) sent.deepCopy();
        String text = category.equals("forms") ? "form_sent_at" : category.equals("sip") ? "duration" : null;
        if (text != null && metadata.hasNonNull(text)) {
            metadata.put(text, metadata.get(text).asText());
        }
        if (category.equals("forms") && !metadata.has("visitor_uid")) {
            metadata.putNull("visitor_uid");
        }
        return metadata;
    }

    private Long part(JsonNode embedded, String key) {
        JsonNode parts = embedded.get(key);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        return store.createUnchecked(EntityType.of(key), List.of(named((ObjectNode) parts.get(0)))).get(0)
                .get("id").asLong();
    }

    private static void ids(ArrayNode array, Long id) {
        if (id != null) {
            array.addObject().put("id", id);
        }
    }

    /** A uid like Kommo's: lower-case hex (the examples show 37 to 60 characters). */
    private synchronized String uid() {
        byte[] bytes = new byte[20];
        long n = ++sequence;
        for (int i = 0; i < 8; i++) {
            bytes[19 - i] = (byte) (n >>> (8 * i));
        }
        long account = store.accountId();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (account >>> (8 * i));
        }
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Accepts a waiting item: its lead goes to {@code status_id} (a stage of the item's pipeline other than the
     * incoming one; the first regular stage by default), changed by {@code user_id} (a user of the account).
     *
     * @throws ValidationException when the stage or user is not one of the account's
     */
    public ObjectNode accept(String uid, Long userId, Long statusId) {
        synchronized (store) {
            ObjectNode item = find(uid).orElseThrow();
            long pipeline = item.get("pipeline_id").asLong();
            Violations violations = new Violations();
            checkUser(userId, violations);
            if (statusId != null && (store.status(pipeline, statusId).isEmpty()
                                     || statusId == store.incomingStatusId(pipeline))) {
                violations.notSupportedChoice("status_id");
            }
            EntityStore.throwIfAny(violations.isEmpty() ? List.of()
                                                        : List.of(new ItemErrors("0", violations.errors())));
            long lead = item.at("/_embedded/leads/0/id").asLong();
            ObjectNode change = Json.object().put("id", lead)
                    .put("status_id", statusId != null ? statusId : store.firstRegularStatusId(pipeline));
            if (userId != null) {
                change.put("updated_by", userId);
            }
            store.updateAll(EntityType.LEADS, List.of(change), List.of("0"));
            sort(uid, "accepted");
            return item;
        }
    }

    /** Declines a waiting item: its lead is deleted. */
    public ObjectNode decline(String uid, Long userId) {
        synchronized (store) {
            ObjectNode item = find(uid).orElseThrow();
            Violations violations = new Violations();
            checkUser(userId, violations);
            EntityStore.throwIfAny(violations.isEmpty() ? List.of()
                                                        : List.of(new ItemErrors("0", violations.errors())));
            store.delete(EntityType.LEADS, item.at("/_embedded/leads/0/id").asLong());
            sort(uid, "declined");
            return item;
        }
    }

    /**
     * Links a waiting chat to an existing lead: the item's contact is linked to that lead and the item's own lead is
     * deleted. Only chats can be linked ("Метод доступен только для неразобранного типа чат").
     *
     * @throws ValidationException when the item is not a chat or the lead does not exist
     */
    public ObjectNode link(String uid, long leadId) {
        synchronized (store) {
            ObjectNode item = find(uid).orElseThrow();
            Violations violations = new Violations();
            if (!"chats".equals(item.get("category").asText())) {
                violations.notSupportedChoice("uid");
            } else if (store.find(EntityType.LEADS, leadId).isEmpty()) {
                violations.notSupportedChoice("link.entity_id");
            }
            EntityStore.throwIfAny(violations.isEmpty() ? List.of()
                                                        : List.of(new ItemErrors("0", violations.errors())));
            JsonNode contact = item.at("/_embedded/contacts/0/id");
            if (!contact.isMissingNode()) {
                store.link(EntityType.LEADS, List.of(Json.object().put("entity_id", leadId)
                        .put("to_entity_id", contact.asLong()).put("to_entity_type", "contacts")), List.of("0"), true);
            }
            store.delete(EntityType.LEADS, item.at("/_embedded/leads/0/id").asLong());
            sort(uid, "linked");
            return item;
        }
    }

    private void checkUser(Long userId, Violations violations) {
        if (userId != null && store.find(EntityType.USERS, userId).isEmpty()) {
            violations.notSupportedChoice("user_id");
        }
    }

    private synchronized void sort(String uid, String outcome) {
        Entry entry = items.get(uid);
        items.put(uid, new Entry(entry.item(), outcome, store.clock().nowSeconds()));
    }
}
