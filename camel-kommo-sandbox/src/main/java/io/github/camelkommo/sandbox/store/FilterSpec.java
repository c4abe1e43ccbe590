package io.github.camelkommo.sandbox.store;

/** A list filter an entity accepts: the name inside {@code filter[...]}, the field it reads, and how it matches. */
public record FilterSpec(String param, String field, FilterKind kind) {

    static FilterSpec filter(String param, FilterKind kind) {
        return new FilterSpec(param, param, kind);
    }

    static FilterSpec filter(String param, String field, FilterKind kind) {
        return new FilterSpec(param, field, kind);
    }
}
