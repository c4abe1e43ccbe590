package io.github.camelkommo.sandbox.store;

/**
 * A list filter an entity accepts: the name inside {@code filter[...]}, the field it reads, how it matches, and the
 * other filter it needs (null when none: tasks' {@code filter[entity_id]} needs {@code filter[entity_type]}).
 */
public record FilterSpec(String param, String field, FilterKind kind, String requires) {

    static FilterSpec filter(String param, FilterKind kind) {
        return new FilterSpec(param, param, kind, null);
    }

    static FilterSpec filter(String param, String field, FilterKind kind) {
        return new FilterSpec(param, field, kind, null);
    }

    /** This filter, valid only together with {@code filter[other]}. */
    FilterSpec requiring(String other) {
        return new FilterSpec(param, field, kind, other);
    }
}
