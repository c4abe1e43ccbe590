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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.camelkommo.sandbox.internal.store.FieldSpec.field;
import static io.github.camelkommo.sandbox.internal.store.FieldSpec.nullable;
import static io.github.camelkommo.sandbox.internal.store.FieldSpec.required;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.CSV_IDS;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.CSV_TEXTS;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.CUSTOM_FIELDS;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.EVENT_VALUES;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.FLAG;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.IDS;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.RANGE;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.SINCE_OR_RANGE;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.STATUSES;
import static io.github.camelkommo.sandbox.internal.store.FilterKind.TEXTS;
import static io.github.camelkommo.sandbox.internal.store.FilterSpec.filter;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.ARRAY;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.BOOL;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.INT;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.OBJECT;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.STRING;
import static io.github.camelkommo.sandbox.internal.store.JsonKind.WHOLE_NUMBER;

/**
 * The entity table: per entity its API path under {@code /api/v4}, the {@code _embedded} key of its lists, whether
 * the API writes it, whether its list honours {@code If-Modified-Since} and {@code query}, whether it is admin-only,
 * its writable fields with their types and accepted keys (per write), its list filters, the fields it can be
 * ordered by, the linked entities it embeds, what {@code with} adds to it and how its PATCH is answered.
 * Everything generic in the sandbox reads this table; only the entity rules ({@link EntityRules}) hold per-entity
 * code.
 */
public enum EntityType {

    LEADS("leads", "leads", EnumSet.of(Trait.WRITABLE, Trait.IF_MODIFIED_SINCE, Trait.SEARCHABLE),
            List.of(field("name", STRING), field("price", WHOLE_NUMBER), field("status_id", INT),
                    field("pipeline_id", INT), field("created_by", INT), field("updated_by", INT),
                    field("created_at", INT), field("updated_at", INT), nullable("closed_at", INT),
                    nullable("loss_reason_id", INT), field("responsible_user_id", INT),
                    nullable("custom_fields_values", ARRAY), field("tags_to_add", ARRAY).shaped(Shapes.TAG),
                    field("tags_to_delete", ARRAY).shaped(Shapes.TAG), field("visitor_uid", STRING).notStored(),
                    field("_embedded", OBJECT).shaped(Shapes.LEAD_EMBEDDED)),
            List.of(filter("id", IDS), filter("name", TEXTS), filter("price", RANGE), filter("pipeline_id", IDS),
                    filter("statuses", "status_id", STATUSES), filter("created_by", IDS), filter("updated_by", IDS),
                    filter("responsible_user_id", IDS), filter("created_at", RANGE), filter("updated_at", RANGE),
                    filter("closed_at", RANGE), filter("closest_task_at", RANGE),
                    filter("custom_fields_values", CUSTOM_FIELDS)),
            Set.of("created_at", "updated_at", "id"),
            List.of(EmbeddedLink.stored("contacts", "contacts"), EmbeddedLink.stored("companies", null)),
            List.of(WithExtra.nullField("source_id"), WithExtra.falseField("is_price_modified_by_robot"),
                    WithExtra.embedded("loss_reason", "loss_reason", ReferenceLists::lossReason),
                    WithExtra.catalogElements()),
            UpdateAnswer.LEADS),

    CONTACTS("contacts", "contacts", EnumSet.of(Trait.WRITABLE, Trait.IF_MODIFIED_SINCE, Trait.SEARCHABLE),
            List.of(field("name", STRING), field("first_name", STRING), field("last_name", STRING),
                    field("responsible_user_id", INT), field("created_by", INT), field("updated_by", INT),
                    field("created_at", INT), field("updated_at", INT), nullable("custom_fields_values", ARRAY),
                    field("tags_to_add", ARRAY).shaped(Shapes.TAG), field("tags_to_delete", ARRAY).shaped(Shapes.TAG),
                    field("_embedded", OBJECT).shaped(Shapes.CARD_EMBEDDED)),
            partyFilters(),
            Set.of("created_at", "updated_at", "id"),
            List.of(EmbeddedLink.stored("companies", null), EmbeddedLink.back("leads", "contacts")),
            List.of(WithExtra.noLinks("customers"), WithExtra.catalogElements()),
            UpdateAnswer.CARDS),

    COMPANIES("companies", "companies", EnumSet.of(Trait.WRITABLE, Trait.IF_MODIFIED_SINCE, Trait.SEARCHABLE),
            List.of(field("name", STRING), field("responsible_user_id", INT), field("created_by", INT),
                    field("updated_by", INT), field("created_at", INT), field("updated_at", INT),
                    nullable("custom_fields_values", ARRAY), field("tags_to_add", ARRAY).shaped(Shapes.TAG),
                    field("tags_to_delete", ARRAY).shaped(Shapes.TAG),
                    field("_embedded", OBJECT).shaped(Shapes.CARD_EMBEDDED)),
            partyFilters(),
            Set.of("created_at", "updated_at", "id"),
            List.of(EmbeddedLink.back("contacts", "companies"), EmbeddedLink.back("leads", "companies")),
            List.of(WithExtra.catalogElements()), UpdateAnswer.CARDS),

    TASKS("tasks", "tasks", EnumSet.of(Trait.WRITABLE, Trait.IF_MODIFIED_SINCE),
            List.of(required("text", STRING), required("complete_till", INT), field("task_type_id", INT),
                    nullable("entity_id", INT), nullable("entity_type", STRING), field("is_completed", BOOL),
                    field("result", OBJECT).shaped(Shapes.TASK_RESULT), field("duration", INT),
                    field("responsible_user_id", INT), field("created_by", INT), field("updated_by", INT),
                    field("created_at", INT), field("updated_at", INT)),
            List.of(filter("id", IDS), filter("responsible_user_id", IDS), filter("is_completed", FLAG),
                    filter("task_type", "task_type_id", IDS), filter("entity_type", TEXTS),
                    filter("entity_id", IDS).requiring("entity_type"), filter("updated_at", SINCE_OR_RANGE)),
            Set.of("created_at", "complete_till", "id"),
            List.of(), List.of(), UpdateAnswer.TASKS),

    PIPELINES("pipelines", "leads/pipelines", EnumSet.noneOf(Trait.class),
            List.of(required("name", STRING), field("sort", INT), field("is_main", BOOL), field("is_unsorted_on", BOOL),
                    field("is_archive", BOOL), field("_embedded", OBJECT)),
            List.of(), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    USERS("users", "users", EnumSet.of(Trait.LIST_TOTALS, Trait.ADMIN_ONLY),
            List.of(required("name", STRING), field("email", STRING), field("lang", STRING), field("rights", OBJECT)),
            List.of(), Set.of(), List.of(),
            List.of(WithExtra.embedded("role", "roles", ReferenceLists::role),
                    WithExtra.embedded("group", "groups", ReferenceLists::group)),
            UpdateAnswer.NONE),

    /**
     * Customers, the buyers of periodic purchases (amoCRM customers-api: fields, {@code with}, the 250 limit; "name"
     * required); their lists honour {@code If-Modified-Since} and {@code query} as leads do. Served only while the
     * account's customers mode is on.
     */
    CUSTOMERS("customers", "customers", EnumSet.of(Trait.WRITABLE, Trait.IF_MODIFIED_SINCE, Trait.SEARCHABLE),
            List.of(required("name", STRING), field("next_price", WHOLE_NUMBER), field("next_date", INT),
                    field("responsible_user_id", INT), field("status_id", INT), field("periodicity", INT),
                    field("created_by", INT), field("updated_by", INT), field("created_at", INT),
                    field("updated_at", INT), nullable("custom_fields_values", ARRAY),
                    field("tags_to_add", ARRAY).shaped(Shapes.TAG), field("tags_to_delete", ARRAY).shaped(Shapes.TAG),
                    field("_embedded", OBJECT).shaped(Shapes.CUSTOMER_EMBEDDED)),
            List.of(filter("id", IDS), filter("name", TEXTS), filter("created_by", IDS), filter("updated_by", IDS),
                    filter("responsible_user_id", IDS), filter("created_at", RANGE), filter("updated_at", RANGE),
                    filter("next_date", RANGE), filter("closest_task_at", RANGE),
                    filter("custom_fields_values", CUSTOM_FIELDS)),
            Set.of("created_at", "updated_at", "id"),
            List.of(EmbeddedLink.stored("segments", null), EmbeddedLink.stored("contacts", "contacts"),
                    EmbeddedLink.stored("companies", "companies")),
            List.of(WithExtra.catalogElements()), UpdateAnswer.TASKS),

    /**
     * Customer segments ({@code /api/v4/customers/segments}, amoCRM customers-statuses-api): the list carries
     * {@code _total_items} and {@code _page_count} as its example does; written through their own routes (one object
     * per request, answered in full).
     */
    SEGMENTS("segments", "customers/segments", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES, Trait.LIST_TOTALS),
            List.of(required("name", STRING), required("color", STRING), nullable("custom_fields_values", ARRAY)),
            List.of(), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /**
     * The customer statuses ({@code /api/v4/customers/statuses}, amoCRM customers-statuses-api): created in batches
     * ("name" and "sort" required), edited one by one and answered in full; served in the periodicity mode only.
     */
    CUSTOMER_STATUSES("statuses", "customers/statuses", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES,
            Trait.LIST_TOTALS), List.of(required("name", STRING), required("sort", INT), field("color", STRING)),
            List.of(), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /**
     * The purchases of customers ({@code /api/v4/customers/transactions}, amoCRM customers-api: "price" required,
     * {@code filter[id]}); added under a customer ({@code POST /customers/{id}/transactions}), never edited.
     */
    TRANSACTIONS("transactions", "customers/transactions", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES),
            List.of(required("price", WHOLE_NUMBER), nullable("comment", STRING), field("completed_at", INT),
                    field("next_price", WHOLE_NUMBER).notStored(), field("next_date", INT).notStored(),
                    field("created_by", INT), field("customer_id", INT),
                    field("_embedded", OBJECT).shaped(Shapes.TRANSACTION_EMBEDDED)),
            List.of(filter("id", IDS)), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /** The account's catalogs, "lists" in the UI ({@code /api/v4/catalogs}, amoCRM catalogs-api; "name" required). */
    CATALOGS("catalogs", "catalogs", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES),
            List.of(required("name", STRING), field("type", STRING), field("sort", INT),
                    field("can_add_elements", BOOL), field("can_link_multiple", BOOL),
                    field("can_show_in_cards", BOOL)),
            List.of(), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /**
     * The elements of catalogs ({@code /api/v4/catalogs/{catalog_id}/elements}, amoCRM catalogs-api: "name"
     * required, {@code filter[id]}, {@code query}); each names its catalog in {@code catalog_id}.
     */
    CATALOG_ELEMENTS("elements", "catalogs/elements", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES),
            List.of(required("name", STRING), nullable("custom_fields_values", ARRAY), field("catalog_id", INT),
                    field("created_by", INT), field("updated_by", INT), field("created_at", INT),
                    field("updated_at", INT)),
            List.of(filter("id", IDS), filter("catalog_id", IDS)), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /**
     * The integration's lead sources ({@code /api/v4/sources}, amoCRM sources-api: "name" required, {@code external_id}
     * unique and fixed once made, at most 50 per write and 100 in all, {@code filter[external_id]}).
     */
    SOURCES("sources", "sources", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES, Trait.LIST_TOTALS),
            List.of(required("name", STRING), required("external_id", STRING), field("pipeline_id", INT),
                    field("default", BOOL), nullable("origin_code", STRING),
                    field("services", ARRAY).shaped(Shapes.SOURCE_SERVICE)),
            List.of(filter("external_id", TEXTS)), Set.of(), List.of(), List.of(), UpdateAnswer.NONE),

    /**
     * The account's user roles ({@code /api/v4/roles}, amoCRM users-api: administrators only; a role's rights per
     * entity, status rights, mail and catalog access; {@code with=users}).
     */
    ROLES("roles", "roles", EnumSet.of(Trait.WRITABLE, Trait.OWN_WRITES, Trait.LIST_TOTALS, Trait.ADMIN_ONLY),
            List.of(required("name", STRING), field("rights", OBJECT).shaped(Shapes.ROLE_RIGHTS)),
            List.of(), Set.of(), List.of(), List.of(WithExtra.embedded("users", "users", ReferenceLists::usersOfRole)),
            UpdateAnswer.NONE),

    /** The notes of leads ({@code /api/v4/leads/notes}); each note names its lead in {@code entity_id}. */
    LEAD_NOTES("leads/notes", LEADS),

    /** The notes of contacts ({@code /api/v4/contacts/notes}). */
    CONTACT_NOTES("contacts/notes", CONTACTS),

    /** The notes of companies ({@code /api/v4/companies/notes}). */
    COMPANY_NOTES("companies/notes", COMPANIES),

    /** The notes of customers ({@code /api/v4/customers/notes}). */
    CUSTOMER_NOTES("customers/notes", CUSTOMERS),

    /**
     * The account's events ({@code /api/v4/events}), recorded by the sandbox for the changes it makes; read-only,
     * string ids, at most 100 per page (amoCRM events reference: "Максимум – 100"; Krukov/amocrm_api#76).
     */
    EVENTS("events", "events", EnumSet.of(Trait.STRING_IDS), List.of(),
            List.of(filter("id", CSV_TEXTS), filter("created_at", SINCE_OR_RANGE),
                    filter("created_by", CSV_IDS).atMost(10), filter("entity", "entity_type", CSV_TEXTS)
                            .matching("lead|contact|company|customer|task|catalog_\\d+"),
                    filter("entity_id", CSV_IDS).atMost(10).requiringOne("entity"), filter("type", CSV_TEXTS),
                    filter("value_before", EVENT_VALUES), filter("value_after", EVENT_VALUES)),
            Set.of(), List.of(), List.of(), UpdateAnswer.NONE);

    /** The largest {@code limit} of the events list; 250 for every other list. */
    static final int EVENTS_MAX_LIMIT = 100;
    private static final int MAX_LIMIT = 250;

    private final String entityName;
    private final String apiPath;
    private final Set<Trait> traits;
    private final List<FieldSpec> fields;
    private final List<FilterSpec> filters;
    private final Set<String> orderFields;
    private final List<EmbeddedLink> links;
    private final List<WithExtra> withExtras;
    private final UpdateAnswer updateAnswer;
    private final Shape shape;
    private final EntityType parent;

    EntityType(String entityName, String apiPath, Set<Trait> traits, List<FieldSpec> fields,
               List<FilterSpec> filters, Set<String> orderFields, List<EmbeddedLink> links,
               List<WithExtra> withExtras, UpdateAnswer updateAnswer) {
        this.entityName = entityName;
        this.apiPath = apiPath;
        this.traits = traits;
        this.fields = fields;
        this.filters = filters;
        this.orderFields = orderFields;
        this.links = links;
        this.withExtras = withExtras;
        this.updateAnswer = updateAnswer;
        this.shape = Shapes.item(fields);
        this.parent = null;
    }

    /**
     * The notes of {@code parent}: the note write keys of the PHP library's NoteModel::toApi (entity_id,
     * responsible_user_id, created_by, updated_by, created_at, updated_at, note_type, params,
     * is_need_to_trigger_digital_pipeline); filters (a lone {@code filter[updated_at]} means "changed after") and sort
     * fields of the amoCRM notes reference and PHP NotesFilter.
     */
    EntityType(String path, EntityType parent) {
        this.entityName = path;
        this.apiPath = path;
        this.traits = EnumSet.of(Trait.WRITABLE);
        this.fields = List.of(required("entity_id", INT), required("note_type", STRING),
                field("params", OBJECT), field("responsible_user_id", INT), field("created_by", INT),
                field("updated_by", INT), field("created_at", INT), field("updated_at", INT),
                field("is_need_to_trigger_digital_pipeline", BOOL).notStored());
        this.filters = List.of(filter("id", IDS), filter("note_type", TEXTS), filter("updated_at", SINCE_OR_RANGE),
                filter("entity_id", IDS));
        this.orderFields = Set.of("updated_at", "id");
        this.links = List.of();
        this.withExtras = List.of();
        this.updateAnswer = UpdateAnswer.NOTES;
        this.shape = Shapes.item(fields);
        this.parent = parent;
    }

    /** What an entity's API offers beyond reading. */
    private enum Trait {
        /** POST and PATCH (batch and single). */
        WRITABLE,
        /** The list honours {@code If-Modified-Since}. */
        IF_MODIFIED_SINCE,
        /** The list honours {@code query}. */
        SEARCHABLE,
        /** The list envelope carries {@code _total_items} and {@code _page_count}. */
        LIST_TOTALS,
        /** Only an administrator may read it (users: "Метод доступен только с правами администратора аккаунта"). */
        ADMIN_ONLY,
        /** Its ids are strings ({@code "01pz58t6p04ymgsgfbmfyfy1mf"}, events); stored by an internal sequence. */
        STRING_IDS,
        /** Written through its own routes, not the generic POST and PATCH (its answers or paths differ). */
        OWN_WRITES
    }

    private static List<FilterSpec> partyFilters() {
        return List.of(filter("id", IDS), filter("name", TEXTS), filter("created_by", IDS), filter("updated_by", IDS),
                filter("responsible_user_id", IDS), filter("created_at", RANGE), filter("updated_at", RANGE),
                filter("closest_task_at", RANGE), filter("custom_fields_values", CUSTOM_FIELDS));
    }

    /** The name used by {@code SandboxData} and as the {@code _embedded} key of lists, e.g. {@code leads}. */
    public String entityName() {
        return entityName;
    }

    /** The key under {@code _embedded} in list and batch responses ({@code notes} for the notes of any entity). */
    public String embeddedKey() {
        return parent != null ? "notes" : entityName;
    }

    /** The entity whose notes these are (null for every other type). */
    public EntityType parent() {
        return parent;
    }

    /** The notes of this entity, if it has notes. */
    public Optional<EntityType> notes() {
        return Arrays.stream(values()).filter(t -> t.parent == this).findFirst();
    }

    /** Whether its ids are strings (events), which the generic {@code /{id}} routes do not take. */
    public boolean stringIds() {
        return traits.contains(Trait.STRING_IDS);
    }

    /** The largest {@code limit} of its list: 100 for events, else 250. */
    public int maxLimit() {
        return this == EVENTS ? EVENTS_MAX_LIMIT : MAX_LIMIT;
    }

    /** The singular name events use for it ({@code lead}, {@code contact}, {@code company}, {@code task}). */
    public String singular() {
        return switch (this) {
            case LEADS -> "lead";
            case CONTACTS -> "contact";
            case COMPANIES -> "company";
            case TASKS -> "task";
            case CUSTOMERS -> "customer";
            default -> entityName;
        };
    }

    /** The path below {@code /api/v4/}, e.g. {@code leads/pipelines}. */
    public String apiPath() {
        return apiPath;
    }

    /** Whether the API offers POST and PATCH for this entity. */
    public boolean writableByApi() {
        return traits.contains(Trait.WRITABLE);
    }

    /** Whether the generic POST and PATCH routes write it (else its own routes do, or nothing). */
    public boolean genericWrites() {
        return writableByApi() && !traits.contains(Trait.OWN_WRITES);
    }

    /** Whether the list honours the {@code If-Modified-Since} header. */
    public boolean honoursIfModifiedSince() {
        return traits.contains(Trait.IF_MODIFIED_SINCE);
    }

    /** Whether the list honours the {@code query} parameter. */
    public boolean searchable() {
        return traits.contains(Trait.SEARCHABLE);
    }

    /** Whether the list envelope carries {@code _total_items} and {@code _page_count} (users). */
    public boolean listsTotals() {
        return traits.contains(Trait.LIST_TOTALS);
    }

    /** Whether only an administrator's token may read it (others get 403). */
    public boolean adminOnly() {
        return traits.contains(Trait.ADMIN_ONLY);
    }

    /** The writable fields with their types; any other key of a write is refused ({@code FieldNotExpected}). */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** The keys an item of a write may carry, recursively (see {@link Shape}). */
    Shape shape() {
        return shape;
    }

    /** The linked entities shown under {@code _embedded}, besides the tags. */
    public List<EmbeddedLink> links() {
        return links;
    }

    /** The fields and {@code _embedded} keys shown only when {@code with} asks for them, besides the links. */
    public List<WithExtra> withExtras() {
        return withExtras;
    }

    /** How a PATCH of this entity is answered. */
    public UpdateAnswer updateAnswer() {
        return updateAnswer;
    }

    /** The {@code filter[...]} parameters the list honours; any other {@code filter[...]} key answers 400. */
    public List<FilterSpec> filters() {
        return filters;
    }

    /** The fields accepted in {@code order[...]}; any other answers 400. */
    public Set<String> orderFields() {
        return orderFields;
    }

    /** The entity of this name ({@code leads}, {@code contacts}, ...). */
    public static Optional<EntityType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.entityName.equals(name)).findFirst();
    }

    /** The entity of this name, or {@link IllegalArgumentException}. */
    public static EntityType of(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown entity '" + name + "'; expected one of leads, contacts, companies, tasks, pipelines, users, "
                                                                           + "leads/notes, contacts/notes, companies/notes, events, customers, "
                                                                           + "segments, statuses, transactions, catalogs, elements, customers/notes, sources, roles"));
    }
}
