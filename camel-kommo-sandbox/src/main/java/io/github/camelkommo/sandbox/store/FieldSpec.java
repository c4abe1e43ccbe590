package io.github.camelkommo.sandbox.store;

/**
 * One writable field of an entity: its name, JSON kind, whether {@code null} is allowed, and whether a create
 * must carry it (missing, null or blank gives {@code NotBlank}).
 */
public record FieldSpec(String name, JsonKind kind, boolean nullable, boolean required) {

    static FieldSpec field(String name, JsonKind kind) {
        return new FieldSpec(name, kind, false, false);
    }

    static FieldSpec nullable(String name, JsonKind kind) {
        return new FieldSpec(name, kind, true, false);
    }

    static FieldSpec required(String name, JsonKind kind) {
        return new FieldSpec(name, kind, false, true);
    }
}
