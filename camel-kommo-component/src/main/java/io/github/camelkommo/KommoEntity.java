package io.github.camelkommo;

import java.util.EnumSet;
import java.util.Set;

import io.github.camelkommo.model.Account;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Pipeline;
import io.github.camelkommo.model.Status;
import io.github.camelkommo.model.Task;
import io.github.camelkommo.model.User;

import static io.github.camelkommo.KommoOperation.create;
import static io.github.camelkommo.KommoOperation.createComplex;
import static io.github.camelkommo.KommoOperation.get;
import static io.github.camelkommo.KommoOperation.list;
import static io.github.camelkommo.KommoOperation.update;

/**
 * The Kommo entities the component serves, as data: each constant says the entity's API path, the {@code _embedded}
 * key of its lists, its model, the operations it supports, whether its lists are paged and whether they honour
 * {@code If-Modified-Since}. Adding an entity is a constant here and a model class.
 */
public enum KommoEntity {
    leads("leads", Lead.class, Lists.PAGED_CHANGES_ORDERED, list, get, create, update, createComplex),
    contacts("contacts", Contact.class, Lists.PAGED_CHANGES_ORDERED, list, get, create, update),
    companies("companies", Company.class, Lists.PAGED_CHANGES_ORDERED, list, get, create, update),
    /** Kommo orders tasks by created_at, complete_till or id, not by updated_at. */
    tasks("tasks", Task.class, Lists.PAGED_CHANGES, list, get, create, update),
    pipelines("leads/pipelines", Pipeline.class, Lists.WHOLE, list, get),
    statuses("leads/pipelines/{pipelineId}/statuses", Status.class, Lists.WHOLE, list, get),
    /** A single object with no id. */
    account("account", Account.class, Lists.NONE, get),
    users("users", User.class, Lists.PAGED, list, get);

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

    /** Kommo's largest page and largest write batch. */
    public static final int MAX_BATCH = 250;
    /** Kommo's largest complex-create batch. */
    public static final int MAX_COMPLEX_BATCH = 50;

    private final String path;
    private final Class<? extends KommoModel> modelType;
    private final Lists lists;
    private final Set<KommoOperation> operations;

    KommoEntity(String path, Class<? extends KommoModel> modelType, Lists lists, KommoOperation first,
                KommoOperation... more) {
        this.path = path;
        this.modelType = modelType;
        this.lists = lists;
        this.operations = EnumSet.of(first, more);
    }

    /** The path below {@code /api/v4/}; {@code {pipelineId}} stands for the pipeline of a stage. */
    public String path() {
        return path;
    }

    /** The key under {@code _embedded} that holds this entity's list items. */
    public String embeddedKey() {
        return name();
    }

    /** Whether the path needs a pipeline id. */
    public boolean needsPipeline() {
        return path.contains("{pipelineId}");
    }

    /** Whether the entity is a single object with no id (the account). */
    public boolean isSingleton() {
        return lists == Lists.NONE;
    }

    public Class<? extends KommoModel> modelType() {
        return modelType;
    }

    /** Whether lists take {@code page} and {@code limit} and link to a next page. */
    public boolean isPaged() {
        return lists.paged;
    }

    /** Whether lists honour {@code If-Modified-Since}, so the polling consumer can watch the entity. */
    public boolean isModifiedSinceAware() {
        return lists.modifiedSince;
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
}
