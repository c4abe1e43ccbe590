package io.github.camelkommo.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a writable field must have; its name appears in {@code InvalidType} details. */
public enum JsonKind {
    INT("int"),
    STRING("string"),
    BOOL("bool"),
    ARRAY("array"),
    OBJECT("object");

    private final String label;

    JsonKind(String label) {
        this.label = label;
    }

    /** The type name Kommo puts in "This value should be of type ...". */
    public String label() {
        return label;
    }

    /** Whether a non-null value has this kind. Integers must be integral JSON numbers (no strings, no fractions). */
    public boolean matches(JsonNode value) {
        return switch (this) {
            case INT -> value.isIntegralNumber() && value.canConvertToLong();
            case STRING -> value.isTextual();
            case BOOL -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT -> value.isObject();
        };
    }

    /** Whether values of this kind are copied as they are (scalars), rather than interpreted by the entity's rules. */
    public boolean isScalar() {
        return this == INT || this == STRING || this == BOOL;
    }
}
