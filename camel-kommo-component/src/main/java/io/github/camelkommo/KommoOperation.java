package io.github.camelkommo;

/** What a kommo producer does with the endpoint's entity. */
public enum KommoOperation {
    /** Read a page of entities, or all pages lazily with {@code allPages=true}. */
    list,
    /** Read one entity by id (the account needs none). */
    get,
    /** Create entities; any number, sent in chunks of {@code batchSize}. */
    create,
    /** Update entities by id; any number, sent in chunks of {@code batchSize}. */
    update,
    /** Create leads each with one contact and one company, linked (leads only; at most 50 per request). */
    createComplex,
    /** Link a lead, contact or company to contacts, companies, leads or catalog elements. */
    link,
    /** Remove such links. */
    unlink,
    /** Read the links of a lead, contact or company (or of several, by entity_id filter). */
    links,
    /** Register a webhook: the body's destination URL, for the endpoint's events (webhooks only). */
    subscribe,
    /** Remove the webhook of the body's destination URL (webhooks only). */
    unsubscribe
}
