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
    leads("leads", Lead.class, true, true, list, get, create, update, createComplex),
    contacts("contacts", Contact.class, true, true, list, get, create, update),
    companies("companies", Company.class, true, true, list, get, create, update),
    tasks("tasks", Task.class, true, true, list, get, create, update),
    pipelines("leads/pipelines", Pipeline.class, false, false, list, get),
    statuses("leads/pipelines/{pipelineId}/statuses", Status.class, false, false, list, get),
    account("account", Account.class, false, false, get),
    users("users", User.class, true, false, list, get);

    /** Kommo's largest page and largest write batch. */
    public static final int MAX_BATCH = 250;
    /** Kommo's largest complex-create batch. */
    public static final int MAX_COMPLEX_BATCH = 50;

    private final String path;
    private final Class<? extends KommoModel> modelType;
    private final boolean paged;
    private final boolean modifiedSinceAware;
    private final Set<KommoOperation> operations;

    KommoEntity(String path, Class<? extends KommoModel> modelType, boolean paged, boolean modifiedSinceAware,
                KommoOperation first, KommoOperation... more) {
        this.path = path;
        this.modelType = modelType;
        this.paged = paged;
        this.modifiedSinceAware = modifiedSinceAware;
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
        return this == account;
    }

    public Class<? extends KommoModel> modelType() {
        return modelType;
    }

    /** Whether lists take {@code page} and {@code limit} and link to a next page. */
    public boolean isPaged() {
        return paged;
    }

    /** Whether lists honour {@code If-Modified-Since}, so the polling consumer can watch the entity. */
    public boolean isModifiedSinceAware() {
        return modifiedSinceAware;
    }

    public Set<KommoOperation> operations() {
        return operations;
    }

    public boolean supports(KommoOperation operation) {
        return operations.contains(operation);
    }
}
