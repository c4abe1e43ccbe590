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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.SandboxClock;

/**
 * The in-memory data of the sandbox: one table per {@link EntityType}, the account, tag directories and custom field
 * definitions. Reads are lock-free; writes are serialized, and a batch write validates every item before it stores
 * any (all or nothing). Stored nodes are never mutated after they are published (updates store a new copy), so a
 * reader may serialize a node it got without copying it.
 */
public final class EntityStore {

    private final SandboxClock clock;
    private final boolean seed;
    private final Map<EntityType, ConcurrentSkipListMap<Long, ObjectNode>> tables = new EnumMap<>(EntityType.class);
    private final Map<EntityType, ConcurrentSkipListMap<Long, ObjectNode>> deleted = new EnumMap<>(EntityType.class);
    private final EventLog events = new EventLog(this);
    private final EntityLinks links = new EntityLinks(this);
    private final Map<EntityType, TagDirectory> tags = new EnumMap<>(EntityType.class);
    private final CustomFieldCatalog customFields = new CustomFieldCatalog();
    private final UnsortedInbox unsorted = new UnsortedInbox(this);
    private final TalkBook talks = new TalkBook(this);
    private final IdSequences ids = new IdSequences();
    private final EntityWriter writer;
    private final ComplexLeadWriter complexWriter;
    private final Map<EntityType, AtomicLong> versions = new EnumMap<>(EntityType.class);
    private final Map<SnapshotKey, Snapshot> snapshots = new ConcurrentHashMap<>();
    private volatile Account account;
    private volatile AccountLists lists = AccountLists.EMPTY;
    /** While a batch is validated: how many of its items come before the one checked (for per-account maxima). */
    private int ahead;

    /** A store holding the demo account; with {@code seed} also its demo leads, contacts, companies and tasks. */
    public EntityStore(SandboxClock clock, boolean seed) {
        this.clock = clock;
        this.seed = seed;
        for (EntityType type : EntityType.values()) {
            tables.put(type, new ConcurrentSkipListMap<>());
            deleted.put(type, new ConcurrentSkipListMap<>());
            versions.put(type, new AtomicLong());
            tags.put(type, new TagDirectory());
        }
        Map<EntityType, EntityRules> rules = new EnumMap<>(EntityType.class);
        rules.put(EntityType.LEADS, new LeadRules());
        rules.put(EntityType.CONTACTS, new ContactRules());
        rules.put(EntityType.COMPANIES, new CompanyRules());
        rules.put(EntityType.TASKS, new TaskRules());
        rules.put(EntityType.PIPELINES, new PipelineRules());
        rules.put(EntityType.USERS, new UserRules());
        rules.put(EntityType.CUSTOMERS, new CustomerRules());
        rules.put(EntityType.SEGMENTS, new SegmentRules());
        rules.put(EntityType.CUSTOMER_STATUSES, new CustomerStatusRules());
        rules.put(EntityType.TRANSACTIONS, new TransactionRules());
        rules.put(EntityType.CATALOGS, new CatalogRules());
        rules.put(EntityType.CATALOG_ELEMENTS, new CatalogElementRules());
        rules.put(EntityType.SOURCES, new SourceRules());
        rules.put(EntityType.ROLES, new RoleRules());
        for (EntityType type : EntityType.values()) {
            if (type.parent() != null) {
                rules.put(type, new NoteRules(type.parent()));
            }
        }
        this.writer = new EntityWriter(this, rules);
        this.complexWriter = new ComplexLeadWriter(this, writer);
        reset();
    }

    // ---------------------------------------------------------------- reads

    public SandboxClock clock() {
        return clock;
    }

    /** The stored entity (shared: do not mutate). */
    public Optional<ObjectNode> find(EntityType type, long id) {
        return Optional.ofNullable(tables.get(type).get(id));
    }

    /** All stored entities of a type, ordered by id (shared: do not mutate). */
    public Collection<ObjectNode> all(EntityType type) {
        return tables.get(type).values();
    }

    public int count(EntityType type) {
        return tables.get(type).size();
    }

    /** The entities of a type there would be once the items of the batch ahead of the one checked are made. */
    int countWithBatch(EntityType type) {
        return count(type) + ahead;
    }

    /**
     * One page of a filtered, ordered list. Pages are cut from an ordered snapshot of the table that is kept until
     * the table changes, so paging through a large table sorts it once; an unfiltered page is cut by index.
     */
    public Page page(EntityType type, ListQuery query) {
        ObjectNode[] ordered = ordered(type, query.order());
        long from = (long) (query.page() - 1) * query.limit();
        List<ObjectNode> items = new ArrayList<>(Math.min(query.limit(), ordered.length));
        if (query.filters().isEmpty()) {
            for (long i = from; i < ordered.length && items.size() < query.limit(); i++) {
                items.add(ordered[(int) i]);
            }
            return new Page(items, from + query.limit() < ordered.length);
        }
        long matched = 0;
        for (ObjectNode node : ordered) {
            if (query.matches(node)) {
                if (matched++ >= from) {
                    if (items.size() == query.limit()) {
                        return new Page(items, true);
                    }
                    items.add(node);
                }
            }
        }
        return new Page(items, false);
    }

    private ObjectNode[] ordered(EntityType type, OrderSpec order) {
        long current = versions.get(type).get();
        SnapshotKey key = new SnapshotKey(type, order);
        Snapshot snapshot = snapshots.get(key);
        if (snapshot != null && snapshot.version() == current) {
            return snapshot.items();
        }
        NavigableMap<Long, ObjectNode> table = tables.get(type);
        boolean byId = "id".equals(order.field());
        ObjectNode[] items = (byId && !order.ascending() ? table.descendingMap() : table).values()
                .toArray(new ObjectNode[0]);
        if (!byId) {
            Arrays.sort(items, order.comparator());
        }
        snapshots.put(key, new Snapshot(current, items));
        return items;
    }

    /** The account's base fields (shared: do not mutate). */
    public ObjectNode account() {
        return account.base();
    }

    /** The account's {@code with=} extras by name (shared: do not mutate). */
    public ObjectNode accountExtras() {
        return account.extras();
    }

    public long accountId() {
        return account.base().get("id").asLong();
    }

    public long currentUserId() {
        return account.base().get("current_user_id").asLong();
    }

    /** The ids of the account's task types ({@code with=task_types}). */
    public Set<Long> taskTypeIds() {
        return account.taskTypeIds();
    }

    /** The loss reason of this id ({@code loss_reason_id}; shared: do not mutate). */
    public Optional<ObjectNode> lossReason(long id) {
        return lists.lossReason(id);
    }

    /** The account's loss reasons, in order (shared: do not mutate). */
    public List<ObjectNode> lossReasons() {
        return lists.lossReasons();
    }

    /**
     * Adds loss reasons, all or none: each item {@code {name, sort?, request_id?}} (the PHP library's
     * LossReasonModel::toApi); {@code name} required and unique (ignoring case), {@code sort} an integer.
     *
     * @throws ValidationException when any item is invalid
     */
    public synchronized List<ObjectNode> addLossReasons(List<ObjectNode> items, List<String> labels) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            collect(errors, labels.get(i), LossReasonRules.check(items.get(i), lists.lossReasons(), items, i));
        }
        throwIfAny(errors);
        long now = clock.nowSeconds();
        List<ObjectNode> added = new ArrayList<>();
        for (ObjectNode item : items) {
            added.add(LossReasonRules.build(item, ids.nextReference(), lists.lossReasons().size() + added.size(),
                    now));
        }
        lists = lists.withLossReasons(added);
        return added;
    }

    /** The account's catalogs, {@code {id, name, elements: [id, ...]}} (copies). */
    public List<ObjectNode> catalogs() {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode catalog : all(EntityType.CATALOGS)) {
            ObjectNode summary = Json.object().put("id", catalog.get("id").asLong())
                    .put("name", catalog.get("name").asText());
            ArrayNode elements = summary.putArray("elements");
            long id = catalog.get("id").asLong();
            all(EntityType.CATALOG_ELEMENTS).stream().filter(e -> e.get("catalog_id").asLong() == id)
                    .forEach(e -> elements.add(e.get("id").asLong()));
            out.add(summary);
        }
        return out;
    }

    /** Whether the catalog of this id has an element of that id. */
    boolean catalogHas(long catalogId, long elementId) {
        return find(EntityType.CATALOG_ELEMENTS, elementId)
                .filter(e -> e.get("catalog_id").asLong() == catalogId).isPresent();
    }

    /** Whether the account's customers are on ({@code customers_mode} other than {@code disabled}). */
    public boolean customersEnabled() {
        return !"disabled".equals(account.base().path("customers_mode").asText());
    }

    /**
     * Turns customers on in a mode ({@code segments} or {@code periodicity}) or off: the account's
     * {@code customers_mode} is then the mode or {@code disabled}.
     */
    public synchronized void customersMode(String mode, boolean enabled) {
        ObjectNode base = account.base().deepCopy();
        base.put("customers_mode", enabled ? mode : "disabled");
        this.account = new Account(base, account.extras());
    }

    /** Sets the account's {@code country} (a two-letter code, e.g. {@code RU}). */
    public synchronized void country(String country) {
        ObjectNode base = account.base().deepCopy();
        base.put("country", country);
        this.account = new Account(base, account.extras());
    }

    /** The tags of an entity type's directory, by id (shared: do not mutate). */
    public List<ObjectNode> tagList(EntityType owner) {
        return tags(owner).all();
    }

    /**
     * Adds tags to an entity type's directory, all or none: each item {@code {name, color?, request_id?}} (amoCRM
     * tags reference); a name that exists already (ignoring case) gives the existing tag.
     *
     * @throws ValidationException when any item is invalid
     */
    public synchronized List<ObjectNode> addTags(EntityType owner, List<ObjectNode> items, List<String> labels) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            TagRules.check(items.get(i), violations);
            collect(errors, labels.get(i), violations);
        }
        throwIfAny(errors);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode item : items) {
            out.add(tags(owner).findOrCreate(item.get("name").asText().trim(), Json.textOf(item, "color"),
                    this::nextTagId));
        }
        return out;
    }

    /** The user role of this id ({@code rights.role_id}; shared: do not mutate). */
    public Optional<ObjectNode> role(long id) {
        return find(EntityType.ROLES, id);
    }

    /** The user group of this id among the account's {@code users_groups} ({@code rights.group_id}). */
    public Optional<ObjectNode> userGroup(long id) {
        for (JsonNode group : account.extras().path("users_groups")) {
            if (group.get("id").asLong() == id) {
                return Optional.of((ObjectNode) group);
            }
        }
        return Optional.empty();
    }

    public Optional<ObjectNode> pipeline(long id) {
        return find(EntityType.PIPELINES, id);
    }

    /** The id of the pipeline flagged {@code is_main} (else the first one). */
    public long mainPipelineId() {
        return all(EntityType.PIPELINES).stream()
                .filter(p -> p.path("is_main").asBoolean())
                .findFirst()
                .or(() -> all(EntityType.PIPELINES).stream().findFirst())
                .map(p -> p.get("id").asLong())
                .orElseThrow(() -> new IllegalStateException("The sandbox has no pipeline"));
    }

    /** The statuses of a pipeline, in its order (empty when there is no such pipeline). */
    public List<ObjectNode> statuses(long pipelineId) {
        List<ObjectNode> out = new ArrayList<>();
        pipeline(pipelineId).ifPresent(p -> p.path("_embedded").path("statuses").forEach(s -> out.add((ObjectNode) s)));
        return out;
    }

    public Optional<ObjectNode> status(long pipelineId, long statusId) {
        return statuses(pipelineId).stream().filter(s -> s.get("id").asLong() == statusId).findFirst();
    }

    /** The incoming-leads stage ({@code type=1}) of a pipeline. */
    public long incomingStatusId(long pipelineId) {
        return statuses(pipelineId).stream().filter(s -> s.get("type").asInt() == 1).findFirst()
                .map(s -> s.get("id").asLong())
                .orElseThrow(() -> new IllegalArgumentException("No pipeline " + pipelineId));
    }

    /** The first regular stage ({@code type=0}, not 142/143) of a pipeline: where new leads land by default. */
    public long firstRegularStatusId(long pipelineId) {
        return statuses(pipelineId).stream()
                .filter(s -> s.get("type").asInt() == 0 && s.get("is_editable").asBoolean())
                .findFirst()
                .map(s -> s.get("id").asLong())
                .orElseGet(() -> incomingStatusId(pipelineId));
    }

    /** Custom field groups of an entity. */
    public List<ObjectNode> customFieldGroups(EntityType owner) {
        return customFields.groups(owner);
    }

    /** Custom field definitions of an entity. */
    public List<ObjectNode> customFieldDefinitions(EntityType owner) {
        return customFields.definitions(owner);
    }

    CustomFieldCatalog customFields() {
        return customFields;
    }

    /** Adds a custom field without options to an entity, as an account's administrator does in Kommo's settings. */
    public synchronized ObjectNode defineCustomField(EntityType owner, String name, String code, String type) {
        return customFields.define(owner, ids().nextField(), name, code, type, List.of(), ids(), accountId());
    }

    TagDirectory tags(EntityType owner) {
        return tags.get(owner);
    }

    long nextTagId() {
        return ids.nextTag();
    }

    long nextStatusId() {
        return ids.nextStatus();
    }

    // ---------------------------------------------------------------- writes

    /**
     * Creates all items or none: every item is validated first; {@code labels} are their request ids for errors.
     *
     * @throws ValidationException when any item is invalid
     */
    public synchronized List<ObjectNode> createAll(EntityType type, List<ObjectNode> items, List<String> labels) {
        readOnly(type);
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            ahead = i;
            writer.validate(type, items.get(i), null, violations);
            collect(errors, labels.get(i), violations);
        }
        ahead = 0;
        throwIfAny(errors);
        return createUnchecked(type, items);
    }

    /** Checks one new item as a create would, without writing it (for the parts of a composite write). */
    void validateNew(EntityType type, ObjectNode item, Violations violations) {
        writer.validate(type, item, null, violations);
    }

    /**
     * Logs calls (see {@link CallLog}): every call is checked first (all or none); each is then placed as a note, or
     * is absent (empty) when no contact or company has its phone.
     *
     * @return per call, in input order, the entity type, id and note it landed as, or empty
     * @throws ValidationException when any call is invalid
     */
    public synchronized List<Optional<CallPlacement>> logCalls(List<ObjectNode> calls, List<String> labels) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Violations violations = new Violations();
            CallLog.check(calls.get(i), violations);
            collect(errors, labels.get(i), violations);
        }
        throwIfAny(errors);
        List<Optional<CallPlacement>> out = new ArrayList<>();
        for (ObjectNode call : calls) {
            out.add(CallLog.place(this, call));
        }
        return out;
    }

    /** Where a logged call landed: the entity and the call note on it. */
    public record CallPlacement(EntityType type, long entityId, ObjectNode note) {
    }

    /** The talks of chats. */
    public TalkBook talks() {
        return talks;
    }

    /** The incoming leads waiting in "Unsorted". */
    public UnsortedInbox unsorted() {
        return unsorted;
    }

    /**
     * Creates items without validating them: for the sandbox's own data (the seed links contacts to companies
     * through {@code _embedded.companies}, which the API does not accept).
     */
    synchronized List<ObjectNode> createUnchecked(EntityType type, List<ObjectNode> items) {
        List<ObjectNode> created = new ArrayList<>(items.size());
        for (ObjectNode item : items) {
            created.add(insert(type, writer.build(type, item, null, ids.next(type))));
        }
        afterWrite(type, List.of(), created);
        events.created(type, created);
        return created;
    }

    /** Derived fields of other entities: the {@code closest_task_at} of the entities of written tasks. */
    private void afterWrite(EntityType type, List<ObjectNode> before, List<ObjectNode> after) {
        if (type == EntityType.TASKS) {
            List<ObjectNode> touched = new ArrayList<>(before);
            touched.addAll(after);
            ClosestTasks.refresh(this, touched);
        }
    }

    /**
     * Updates all items or none; each item names its entity by {@code id} (missing: NotBlank, unknown:
     * NotSupportedChoice).
     *
     * @throws ValidationException when any item is invalid
     */
    public synchronized List<ObjectNode> updateAll(EntityType type, List<ObjectNode> items, List<String> labels) {
        readOnly(type);
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            ObjectNode item = items.get(i);
            JsonNode id = item.get("id");
            if (id == null || id.isNull()) {
                violations.notBlank("id");
            } else if (!JsonKind.INT.matches(id)) {
                violations.invalidType("id", JsonKind.INT);
            } else if (find(type, id.asLong()).isEmpty()) {
                violations.notSupportedChoice("id");
            } else {
                writer.validate(type, item, find(type, id.asLong()).orElseThrow(), violations);
            }
            collect(errors, labels.get(i), violations);
        }
        throwIfAny(errors);
        List<ObjectNode> previous = new ArrayList<>(items.size());
        List<ObjectNode> updated = new ArrayList<>(items.size());
        for (ObjectNode item : items) {
            long id = item.get("id").asLong();
            ObjectNode existing = find(type, id).orElseThrow();
            previous.add(existing);
            updated.add(insert(type, writer.build(type, item, existing, id)));
        }
        afterWrite(type, previous, updated);
        events.updated(type, previous, updated);
        return updated;
    }

    /** Creates leads with their embedded contact and company, all or none (see {@link ComplexLeadWriter}). */
    public synchronized List<ComplexResult> createComplex(List<ObjectNode> leads, List<String> labels) {
        List<ComplexResult> results = complexWriter.write(leads, labels);
        for (ComplexResult result : results) {
            if (result.contactId() != null) {
                events.created(EntityType.CONTACTS,
                        List.of(find(EntityType.CONTACTS, result.contactId()).orElseThrow()));
            }
            if (result.companyId() != null) {
                events.created(EntityType.COMPANIES,
                        List.of(find(EntityType.COMPANIES, result.companyId()).orElseThrow()));
            }
            events.created(EntityType.LEADS, List.of(find(EntityType.LEADS, result.leadId()).orElseThrow()));
        }
        return results;
    }

    // ---------------------------------------------------------------- links

    /** The links of one entity ({@code {entity_id, entity_type, to_entity_id, to_entity_type, metadata}}). */
    public List<ObjectNode> links(EntityType type, long id) {
        return links.of(type, id);
    }

    /** Whether the links API serves this entity type. */
    public static boolean linkable(EntityType type) {
        return EntityLinks.linkable(type);
    }

    /**
     * Makes ({@code link}) or removes links, all or none; each item names its entity in {@code entity_id}. Records
     * {@code entity_linked} / {@code entity_unlinked} on the entity.
     *
     * @return the links as answered
     * @throws ValidationException when any item is invalid
     */
    public synchronized List<ObjectNode> link(EntityType type, List<ObjectNode> items, List<String> labels,
                                              boolean link) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            links.check(type, items.get(i), link, violations);
            if (violations.isEmpty() && link && links.secondCompany(type, items.get(i))) {
                violations.tooMany("to_entity_id", 1);
            }
            collect(errors, labels.get(i), violations);
        }
        throwIfAny(errors);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode item : items) {
            out.add(links.apply(type, item, link));
            EntityType.byName(item.get("to_entity_type").asText()).ifPresent(to -> events.linked(type,
                    item.get("entity_id").asLong(), to, item.get("to_entity_id").asLong(), link));
        }
        return out;
    }

    // ---------------------------------------------------------------- deletion

    /**
     * Deletes an entity as a Kommo user does in the UI: it leaves lists and gets (links to it are hidden) and is
     * kept as deleted ({@code is_deleted} true where the entity has the flag, {@code updated_at} now) for {@code with=only_deleted} and
     * {@link #restore}; records {@code <entity>_deleted}.
     *
     * @throws IllegalArgumentException when there is no such entity
     */
    public synchronized void delete(EntityType type, long id) {
        ObjectNode gone = find(type, id).orElseThrow(() -> new IllegalArgumentException(
                "No " + type.entityName() + " with id " + id)).deepCopy();
        tables.get(type).remove(id);
        versions.get(type).incrementAndGet();
        if (gone.has("is_deleted")) {
            gone.put("is_deleted", true);
        }
        gone.put("updated_at", clock.nowSeconds());
        gone.put("updated_by", currentUserId());
        deleted.get(type).put(id, gone);
        events.deleted(type, gone, false);
        afterWrite(type, List.of(gone), List.of());
    }

    /**
     * Puts a deleted entity back (with its links); records {@code <entity>_restored}.
     *
     * @throws IllegalArgumentException when no deleted entity has this id
     */
    public synchronized ObjectNode restore(EntityType type, long id) {
        ObjectNode back = Optional.ofNullable(deleted.get(type).remove(id))
                .orElseThrow(() -> new IllegalArgumentException("No deleted " + type.entityName() + " with id " + id));
        if (back.has("is_deleted")) {
            back.put("is_deleted", false);
        }
        back.put("updated_at", clock.nowSeconds());
        back.put("updated_by", currentUserId());
        insert(type, back);
        afterWrite(type, List.of(), List.of(back));
        events.deleted(type, back, true);
        return back;
    }

    /** The deleted entities of a type, by id (shared: do not mutate). */
    public List<ObjectNode> deleted(EntityType type) {
        return new ArrayList<>(deleted.get(type).values());
    }

    // ---------------------------------------------------------------- events

    /** Who is told of each change (the sandbox's webhooks); one listener, {@code null} for none. */
    public void changeListener(ChangeListener listener) {
        events.listener(listener);
    }

    /** The event of this string id. */
    public Optional<ObjectNode> event(String id) {
        return EventLog.key(id).flatMap(key -> Optional.ofNullable(tables.get(EntityType.EVENTS).get(key)))
                .filter(e -> e.get("id").asText().equals(id));
    }

    void insertEvent(long key, ObjectNode event) {
        tables.get(EntityType.EVENTS).put(key, event);
        versions.get(EntityType.EVENTS).incrementAndGet();
    }

    /** Bulk-inserts {@code n} generated entities without validation; returns their ids. */
    public synchronized List<Long> generate(EntityType type, int n) {
        List<Long> generated = new Generator(this, writer, type).generate(n);
        if (type == EntityType.TASKS) {
            ClosestTasks.refreshAll(this);
        }
        return generated;
    }

    /**
     * Sets fields of a stored entity exactly as given, without validation: for shapes real Kommo sends that the API
     * cannot produce.
     *
     * @throws IllegalArgumentException when there is no such entity
     */
    public synchronized ObjectNode overwrite(EntityType type, long id, ObjectNode fields) {
        ObjectNode stored = find(type, id).orElseThrow(() -> new IllegalArgumentException(
                "No " + type.entityName() + " with id " + id)).deepCopy();
        stored.setAll(fields);
        return insert(type, stored);
    }

    /** Removes every entity of a type. */
    public synchronized void clear(EntityType type) {
        tables.get(type).clear();
        deleted.get(type).clear();
        versions.get(type).incrementAndGet();
        if (type == EntityType.TASKS) {
            ClosestTasks.refreshAll(this);
        }
    }

    /** Back to the start: all tables emptied, ids restarted, the demo account seeded again. */
    public synchronized void reset() {
        events.recording(false);
        tables.values().forEach(Map::clear);
        deleted.values().forEach(Map::clear);
        versions.values().forEach(AtomicLong::incrementAndGet);
        tags.values().forEach(TagDirectory::clear);
        customFields.clear();
        unsorted.clear();
        talks.clear();
        lists = AccountLists.EMPTY;
        ids.reset();
        DemoSeed.apply(this, seed);
        events.recording(true);
    }

    // ---------------------------------------------------------------- package-private helpers for seed and writers

    ObjectNode insert(EntityType type, ObjectNode node) {
        tables.get(type).put(node.get("id").asLong(), node);
        versions.get(type).incrementAndGet();
        return node;
    }

    long nextId(EntityType type) {
        return ids.next(type);
    }

    IdSequences ids() {
        return ids;
    }

    void setAccount(ObjectNode base, ObjectNode extras) {
        this.account = new Account(base, extras);
    }

    void setLists(AccountLists lists) {
        this.lists = lists;
    }

    private static void readOnly(EntityType type) {
        if (type == EntityType.EVENTS) {
            throw new IllegalArgumentException("Events are recorded by the sandbox, not written");
        }
    }

    static void collect(List<ItemErrors> errors, String label, Violations violations) {
        if (!violations.isEmpty()) {
            errors.add(new ItemErrors(label, violations.errors()));
        }
    }

    static void throwIfAny(List<ItemErrors> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Which ordered snapshot: the table and its order. */
    private record SnapshotKey(EntityType type, OrderSpec order) {
    }

    /** A table's entities in one order, valid while the table's version is unchanged. */
    private record Snapshot(long version, ObjectNode[] items) {
    }

    /** The account's base fields and its {@code with=} extras. */
    private record Account(ObjectNode base, ObjectNode extras) {
        Set<Long> taskTypeIds() {
            Set<Long> out = new HashSet<>();
            extras.path("task_types").forEach(t -> out.add(t.get("id").asLong()));
            return out;
        }
    }
}
