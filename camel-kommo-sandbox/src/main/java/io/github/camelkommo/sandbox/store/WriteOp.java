package io.github.camelkommo.sandbox.store;

/** The kind of write an item belongs to; some keys are accepted by Kommo only in some of them. */
public enum WriteOp {
    /** An item of {@code POST /api/v4/<entity>} (and the lead of a complex add). */
    CREATE,
    /** An item of {@code PATCH /api/v4/<entity>} or the body of {@code PATCH /api/v4/<entity>/{id}}. */
    UPDATE,
    /** The contact or company embedded in a lead of {@code POST /api/v4/leads/complex}. */
    COMPLEX_PART
}
