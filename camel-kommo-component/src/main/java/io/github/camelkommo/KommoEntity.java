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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.camelkommo.model.Account;
import io.github.camelkommo.model.Call;
import io.github.camelkommo.model.Catalog;
import io.github.camelkommo.model.CatalogElement;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.CustomField;
import io.github.camelkommo.model.Customer;
import io.github.camelkommo.model.CustomerStatus;
import io.github.camelkommo.model.Event;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.LossReason;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Pipeline;
import io.github.camelkommo.model.Role;
import io.github.camelkommo.model.Segment;
import io.github.camelkommo.model.ShortLink;
import io.github.camelkommo.model.Source;
import io.github.camelkommo.model.Status;
import io.github.camelkommo.model.Tag;
import io.github.camelkommo.model.Talk;
import io.github.camelkommo.model.Task;
import io.github.camelkommo.model.Transaction;
import io.github.camelkommo.model.Unsorted;
import io.github.camelkommo.model.User;
import io.github.camelkommo.model.Webhook;

import static io.github.camelkommo.KommoOperation.accept;
import static io.github.camelkommo.KommoOperation.close;
import static io.github.camelkommo.KommoOperation.create;
import static io.github.camelkommo.KommoOperation.createComplex;
import static io.github.camelkommo.KommoOperation.decline;
import static io.github.camelkommo.KommoOperation.delete;
import static io.github.camelkommo.KommoOperation.get;
import static io.github.camelkommo.KommoOperation.link;
import static io.github.camelkommo.KommoOperation.links;
import static io.github.camelkommo.KommoOperation.list;
import static io.github.camelkommo.KommoOperation.subscribe;
import static io.github.camelkommo.KommoOperation.summary;
import static io.github.camelkommo.KommoOperation.unlink;
import static io.github.camelkommo.KommoOperation.unsubscribe;
import static io.github.camelkommo.KommoOperation.update;
import static io.github.camelkommo.KommoOperation.upsert;

/**
 * The Kommo entities the component serves, as data: each constant says the entity's API path, the {@code _embedded}
 * key of its lists, its model, how its lists behave, its {@link Traits} (the name Kommo's events and webhooks give
 * it, what it links to, what its lists are ordered by, its largest page, its owner field, its webhook events) and the
 * operations it supports. A path may hold {@code {entityType}} (whose notes, tags or fields: the option
 * {@code entityType}), {@code {pipelineId}}, {@code {catalogId}} or {@code {customerId}}, each filled from the option
 * of that name or its header. Adding an entity is a constant here and a model class; nothing in
 * this enum switches on a constant.
 */
public enum KommoEntity {
    leads("leads", Lead.class, Lists.PAGED_CHANGES_ORDERED,
            Traits.card("lead").watchedBy("updated_at").linksTo("contacts", "companies", "catalog_elements")
                    .orderedBy("created_at", "updated_at", "id")
                    .hooks("add", "update", "status", "responsible", "delete", "restore"),
            list, get, create, update, createComplex, link, unlink, links, upsert), contacts("contacts", Contact.class,
                    Lists.PAGED_CHANGES_ORDERED,
                    Traits.card("contact").watchedBy("updated_at").linksTo("companies", "customers", "catalog_elements")
                            .orderedBy("created_at", "updated_at", "id")
                            .hooks("add", "update", "responsible", "delete", "restore"),
                    list, get, create, update, link, unlink, links, upsert), companies("companies", Company.class,
                            Lists.PAGED_CHANGES_ORDERED,
                            Traits.card("company").watchedBy("updated_at")
                                    .linksTo("contacts", "leads", "customers", "catalog_elements")
                                    .orderedBy("created_at", "updated_at", "id")
                                    .hooks("add", "update", "responsible", "delete", "restore"),
                            list, get, create, update, link, unlink, links, upsert),
    /** Kommo orders tasks by created_at, complete_till or id, not by updated_at. */
    tasks("tasks", Task.class, Lists.PAGED_CHANGES,
            Traits.named("task").watchedBy("updated_at").orderedBy("created_at", "complete_till", "id").hooks("add",
                    "update", "responsible",
                    "delete"),
            list, get, create,
            update), pipelines("leads/pipelines", Pipeline.class, Lists.WHOLE, Traits.NONE, list, get), statuses(
                    "leads/pipelines/{pipelineId}/statuses", Status.class, Lists.WHOLE, Traits.NONE, list, get),
    /** A single object with no id. */
    account("account", Account.class, Lists.NONE, Traits.NONE, get), users("users", User.class, Lists.PAGED,
            Traits.NONE, list, get),
    /** The definitions of the custom fields of leads, contacts or companies, with their options (enums). */
    customFields("{entityType}/custom_fields", "custom_fields", CustomField.class, Lists.PAGED,
            Traits.NONE.orderedBy("sort", "id"), list, get),
    /** Notes on leads, contacts or companies; a list with an entity id reads the notes of that one entity. */
    notes("{entityType}/notes", "notes", Note.class, Lists.PAGED,
            Traits.NONE.orderedBy("updated_at", "id").ownedThrough("entity_id"), list, get, create, update),
    /** The tags of leads, contacts or companies (each entity type has its own). */
    tags("{entityType}/tags", "tags", Tag.class, Lists.PAGED, Traits.NONE, list, create),
    /** Why leads are lost. */
    lossReasons("leads/loss_reasons", "loss_reasons", LossReason.class, Lists.PAGED, Traits.NONE, list, get, create),
    /** What happened in the account: additions, changes, deletions, notes. Kommo names entities singular here. */
    events("events", "events", Event.class, Lists.PAGED, Traits.NONE.pagesOf(100), list, get),
    /** The account's webhooks: where Kommo posts which changes (administrators only). */
    webhooks("webhooks", "webhooks", Webhook.class, Lists.WHOLE, Traits.NONE, list, subscribe, unsubscribe),

    // The rest of the API: customers, catalogs, incoming leads, calls, sources, short links, roles and talks
    /** Customers: periodic buyers, with notes, tags, custom fields and links as leads have (customers mode on). */
    customers("customers", Customer.class, Lists.PAGED_CHANGES_ORDERED,
            Traits.card("customer").watchedBy("updated_at").linksTo("contacts", "companies", "catalog_elements")
                    .orderedBy("created_at", "updated_at", "id"),
            list, get, create, update, link, unlink, links, upsert),
    /** The statuses of customers (periodic purchases mode only). */
    customerStatuses("customers/statuses", "statuses", CustomerStatus.class, Lists.PAGED, Traits.NONE, list, get,
            create, update, delete),
    /** The segments of customers (segments mode). */
    segments("customers/segments", "segments", Segment.class, Lists.PAGED, Traits.NONE, list, get, create, update,
            delete),
    /**
     * The purchases of customers: added under one customer (customerId), listed for one or for all, deleted by id.
     */
    transactions("customers/{customerId}/transactions", "transactions", Transaction.class, Lists.PAGED, Traits.NONE,
            list, get, create, delete),
    /** The account's catalogs (lists), the products catalog among them. */
    catalogs("catalogs", "catalogs", Catalog.class, Lists.PAGED, Traits.NONE, list, get, create, update),
    /** The elements of the catalog catalogId names: products, with their custom fields. */
    catalogElements("catalogs/{catalogId}/elements", "elements", CatalogElement.class, Lists.PAGED, Traits.NONE, list,
            get, create, update, delete),
    /**
     * Incoming leads waiting in Unsorted, each by its uid: created from web forms or calls, listed, accepted into a
     * stage, declined, linked to a lead (chats), and summed up; {@code from("kommo:unsorted")} delivers each new item
     * once, oldest first.
     */
    unsorted("leads/unsorted", "unsorted", Unsorted.class, Lists.PAGED,
            Traits.NONE.orderedBy("created_at", "updated_at").keyedBy("uid").watchedBy("created_at"), list, get, create,
            accept, decline, link,
            summary),
    /** Calls logged in bulk: Kommo attaches each to the card that owns its phone number. */
    calls("calls", "calls", Call.class, Lists.WHOLE, Traits.NONE, create),
    /** The integration's lead sources. */
    sources("sources", "sources", Source.class, Lists.WHOLE, Traits.NONE, list, get, create, update, delete),
    /** Short links to addresses, made for contacts. */
    shortLinks("short_links", "short_links", ShortLink.class, Lists.WHOLE, Traits.NONE, create),
    /** The roles of the account's users (administrators only). */
    roles("roles", "roles", Role.class, Lists.PAGED, Traits.NONE, list, get, create, update, delete),
    /** Talks: the conversations of chats, read and closed by id. */
    talks("talks", "talks", Talk.class, Lists.WHOLE, Traits.NONE, get, close);

    /** How an entity's lists behave. */
    private enum Lists {
        /** No list: the entity is one object. */
        NONE(false, false, false),
        /** One answer holds the whole list; no page or limit. */
        WHOLE(false, false, false),
        /** Pages with page and limit. */
        PAGED(true, false, false),
        /** Pages, and If-Modified-Since, but no order by updated_at. */
        PAGED_CHANGES(true, true, false),
        /** Pages, If-Modified-Since and order[updated_at]. */
        PAGED_CHANGES_ORDERED(true, true, true);

        final boolean paged;
        final boolean modifiedSince;
        final boolean orderedByUpdate;

        Lists(boolean paged, boolean modifiedSince, boolean orderedByUpdate) {
            this.paged = paged;
            this.modifiedSince = modifiedSince;
            this.orderedByUpdate = orderedByUpdate;
        }
    }

    /**
     * What sets an entity apart besides its path and lists, each with its default in {@link #NONE}.
     *
     * @param card        whether notes, tags and custom fields belong to entities of this kind
     * @param eventName   the singular name Kommo's events and webhooks give the entity ({@code lead}); null: its name
     * @param linkTargets what it can be linked to ({@code to_entity_type} values)
     * @param orderFields the fields Kommo's docs let its lists be ordered by
     * @param maxPage     the largest page Kommo serves of it
     * @param ownerField  the field of an item that names the lead, contact or company it belongs to, or null
     * @param hooks       the actions Kommo posts webhooks for, each with the event name after it ({@code add_lead})
     * @param keyField    the field that identifies one item: {@code id}, or the text {@code uid} of Unsorted
     * @param watchedBy   the time field the polling consumer orders and delivers the entity's changes by
     *                    ({@code updated_at}; {@code created_at} for Unsorted, whose items are new leads), or null
     *                    when it cannot be watched
     */
    private record Traits(boolean card, String eventName, Set<String> linkTargets, Set<String> orderFields, int maxPage,
                          String ownerField, List<String> hooks, String keyField, String watchedBy) {

        static final Traits NONE = new Traits(false, null, Set.of(), Set.of(), MAX_BATCH, null, List.of(), "id",
                null);

        static Traits named(String eventName) {
            return new Traits(false, eventName, Set.of(), Set.of(), MAX_BATCH, null, List.of(), "id", null);
        }

        static Traits card(String eventName) {
            return new Traits(true, eventName, Set.of(), Set.of(), MAX_BATCH, null, List.of(), "id", null);
        }

        Traits watchedBy(String field) {
            return new Traits(card, eventName, linkTargets, orderFields, maxPage, ownerField, hooks, keyField, field);
        }

        Traits keyedBy(String field) {
            return new Traits(card, eventName, linkTargets, orderFields, maxPage, ownerField, hooks, field, watchedBy);
        }

        Traits linksTo(String... targets) {
            return new Traits(card, eventName, Set.of(targets), orderFields, maxPage, ownerField, hooks, keyField,
                    watchedBy);
        }

        Traits orderedBy(String... fields) {
            return new Traits(card, eventName, linkTargets, Set.of(fields), maxPage, ownerField, hooks, keyField,
                    watchedBy);
        }

        Traits pagesOf(int largest) {
            return new Traits(card, eventName, linkTargets, orderFields, largest, ownerField, hooks, keyField,
                    watchedBy);
        }

        Traits ownedThrough(String field) {
            return new Traits(card, eventName, linkTargets, orderFields, maxPage, field, hooks, keyField, watchedBy);
        }

        Traits hooks(String... actions) {
            return new Traits(card, eventName, linkTargets, orderFields, maxPage, ownerField, List.of(actions),
                    keyField, watchedBy);
        }
    }

    /** Kommo's largest page and largest write batch. */
    public static final int MAX_BATCH = 250;
    /** Kommo's largest complex-create batch. */
    public static final int MAX_COMPLEX_BATCH = 50;

    private final String path;
    private final String embeddedKey;
    private final Class<? extends KommoModel> modelType;
    private final Lists lists;
    private final Traits traits;
    private final Set<KommoOperation> operations;

    KommoEntity(String path, Class<? extends KommoModel> modelType, Lists lists, Traits traits, KommoOperation first,
                KommoOperation... more) {
        this(path, null, modelType, lists, traits, first, more);
    }

    KommoEntity(String path, String embeddedKey, Class<? extends KommoModel> modelType, Lists lists, Traits traits,
                KommoOperation first, KommoOperation... more) {
        this.path = path;
        this.embeddedKey = embeddedKey == null ? name() : embeddedKey;
        this.modelType = modelType;
        this.lists = lists;
        this.traits = traits;
        this.operations = EnumSet.of(first, more);
    }

    /**
     * The path below {@code /api/v4/}; {@code {pipelineId}} stands for the pipeline of a stage, {@code {entityType}}
     * for the entity whose notes, tags or custom fields these are, {@code {catalogId}} for the catalog of elements,
     * {@code {customerId}} for the customer of transactions (left out, with its slash, by reads of all customers').
     */
    public String path() {
        return path;
    }

    /** The key under {@code _embedded} that holds this entity's list items. */
    public String embeddedKey() {
        return embeddedKey;
    }

    /** Whether the path needs a pipeline id. */
    public boolean needsPipeline() {
        return path.contains("{pipelineId}");
    }

    /** Whether the path names the entity type whose notes, tags or fields these are. */
    public boolean needsEntityType() {
        return path.contains("{entityType}");
    }

    /**
     * The field of an item that names the lead, contact or company it belongs to ({@code entity_id} of a note), or
     * {@code null}. Such items can be listed for one owner ({@code leads/7/notes}) and created on it by its id.
     */
    public String ownerField() {
        return traits.ownerField();
    }

    /**
     * What an entity of this kind can be linked to ({@code to_entity_type} values): a lead to contacts, companies and
     * catalog elements; a contact to companies, customers and catalog elements; a company to contacts, leads,
     * customers and catalog elements. Empty for the others.
     */
    public Set<String> linkTargets() {
        return traits.linkTargets();
    }

    /** The singular name Kommo's events give this entity ({@code lead}, {@code contact}, {@code company}, {@code task}). */
    public String eventName() {
        return traits.eventName() == null ? name() : traits.eventName();
    }

    /**
     * The webhook events Kommo posts for this entity ({@code add_lead}, {@code update_lead}, ...); empty for an
     * entity without webhooks.
     */
    public List<String> webhookEvents() {
        return traits.hooks().stream().map(action -> action + "_" + eventName()).toList();
    }

    /** Whether notes, tags and custom fields belong to entities of this kind: leads, contacts and companies. */
    public boolean isCard() {
        return traits.card();
    }

    /** The field that identifies one item: {@code id}, but the text {@code uid} for Unsorted. */
    public String keyField() {
        return traits.keyField();
    }

    /** Whether the entity is a single object with no id (the account). */
    public boolean isSingleton() {
        return lists == Lists.NONE;
    }

    public Class<? extends KommoModel> modelType() {
        return modelType;
    }

    /** The entity a model class stands for ({@code Contact} → contacts). */
    public static KommoEntity of(Class<?> modelType) {
        for (KommoEntity entity : values()) {
            if (entity.modelType == modelType) {
                return entity;
            }
        }
        throw new IllegalArgumentException(modelType.getSimpleName() + " is not the model of a Kommo entity");
    }

    /** The fields Kommo's docs let a list of this entity be ordered by; none for the others. */
    public Set<String> orderFields() {
        return traits.orderFields();
    }

    /** Checks an order ({@code field:direction}) before anything is sent, naming the fields this entity takes. */
    public void checkOrder(String order) {
        if (order == null || order.isBlank()) {
            return;
        }
        String field = order.strip().split("[:,\\s]+")[0];
        if (!orderFields().contains(field)) {
            throw new IllegalArgumentException("kommo:" + this + " cannot be ordered by '" + field + "': "
                                               + (orderFields().isEmpty() ? "Kommo takes no order for it"
                                                                          : "use one of "
                                                                            + new TreeSet<>(orderFields())));
        }
    }

    /** The largest page Kommo serves of this entity: 250, but 100 for events. */
    public int maxPage() {
        return traits.maxPage();
    }

    /** Whether lists take {@code page} and {@code limit} and link to a next page. */
    public boolean isPaged() {
        return lists.paged;
    }

    /** Whether lists honour {@code If-Modified-Since}, so the polling consumer can watch the entity. */
    public boolean isModifiedSinceAware() {
        return lists.modifiedSince;
    }

    /**
     * The time field the polling consumer orders and delivers this entity's changes by: {@code updated_at}, but
     * {@code created_at} for Unsorted (an item is a new incoming lead; it leaves the list once sorted); {@code null}
     * for an entity {@code from("kommo:...")} cannot watch.
     */
    public String watchedBy() {
        return traits.watchedBy();
    }

    /** Whether the polling consumer can watch this entity ({@code from("kommo:...")}). */
    public boolean isWatchable() {
        return traits.watchedBy() != null;
    }

    /** Whether lists can be ordered by {@code updated_at}, so the consumer can read changes oldest first, page by page. */
    public boolean isOrderedByUpdate() {
        return lists.orderedByUpdate;
    }

    public Set<KommoOperation> operations() {
        return operations;
    }

    public boolean supports(KommoOperation operation) {
        return operations.contains(operation);
    }

    /**
     * Checks that this entity supports an operation, before anything is sent.
     *
     * @throws IllegalArgumentException naming the operations it supports
     */
    public void checkSupports(KommoOperation operation) {
        if (!supports(operation)) {
            throw new IllegalArgumentException("Operation '" + operation + "' is not supported by kommo:" + this
                                               + "; it supports " + operations.stream().map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
    }
}
