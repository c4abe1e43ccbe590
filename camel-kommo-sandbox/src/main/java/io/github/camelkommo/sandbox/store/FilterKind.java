package io.github.camelkommo.sandbox.store;

/** How a {@code filter[...]} list parameter matches. */
public enum FilterKind {
    /** One integer or several ({@code filter[x]=1}, {@code filter[x][]=1&filter[x][]=2}); any of them matches. */
    IDS,
    /** One string or several; exact match with any of them. */
    TEXTS,
    /** {@code [from]} and/or {@code [to]} (both inclusive), or one value for an exact match. */
    RANGE,
    /** {@code 1} or {@code 0} against a boolean field. */
    FLAG,
    /** {@code filter[statuses][N][pipeline_id]} with {@code filter[statuses][N][status_id]}; any pair matches. */
    STATUSES
}
