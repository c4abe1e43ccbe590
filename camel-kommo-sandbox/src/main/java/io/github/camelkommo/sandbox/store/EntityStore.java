package io.github.camelkommo.sandbox.store;

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
    private final Map<EntityType, TagDirectory> tags = new EnumMap<>(EntityType.class);
    private final CustomFieldCatalog customFields = new CustomFieldCatalog();
    private final IdSequences ids = new IdSequences();
    private final EntityWriter writer;
    private final ComplexLeadWriter complexWriter;
    private final Map<EntityType, AtomicLong> versions = new EnumMap<>(EntityType.class);
    private final Map<SnapshotKey, Snapshot> snapshots = new ConcurrentHashMap<>();
    private volatile Account account;
    private volatile AccountLists lists = AccountLists.EMPTY;

    /** A store holding the demo account; with {@code seed} also its demo leads, contacts, companies and tasks. */
    public EntityStore(SandboxClock clock, boolean seed) {
        this.clock = clock;
        this.seed = seed;
        for (EntityType type : EntityType.values()) {
            tables.put(type, new ConcurrentSkipListMap<>());
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

    /** The user role of this id ({@code rights.role_id}; shared: do not mutate). */
    public Optional<ObjectNode> role(long id) {
        return lists.role(id);
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

    /** Custom field definitions of an entity. */
    public List<ObjectNode> customFieldDefinitions(EntityType owner) {
        return customFields.definitions(owner);
    }

    CustomFieldCatalog customFields() {
        return customFields;
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
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            writer.validate(type, items.get(i), null, violations);
            collect(errors, labels.get(i), violations);
        }
        throwIfAny(errors);
        return createUnchecked(type, items);
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
        return updated;
    }

    /** Creates leads with their embedded contact and company, all or none (see {@link ComplexLeadWriter}). */
    public synchronized List<ComplexResult> createComplex(List<ObjectNode> leads, List<String> labels) {
        return complexWriter.write(leads, labels);
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
        versions.get(type).incrementAndGet();
        if (type == EntityType.TASKS) {
            ClosestTasks.refreshAll(this);
        }
    }

    /** Back to the start: all tables emptied, ids restarted, the demo account seeded again. */
    public synchronized void reset() {
        tables.values().forEach(Map::clear);
        versions.values().forEach(AtomicLong::incrementAndGet);
        tags.values().forEach(TagDirectory::clear);
        customFields.clear();
        lists = AccountLists.EMPTY;
        ids.reset();
        DemoSeed.apply(this, seed);
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
