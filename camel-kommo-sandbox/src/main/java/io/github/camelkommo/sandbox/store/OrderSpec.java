package io.github.camelkommo.sandbox.store;

import java.util.Comparator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code order[field]=asc|desc}; ties are broken by id in the same direction. */
public record OrderSpec(String field, boolean ascending) {

    /** The default order: by id, ascending. */
    public static final OrderSpec BY_ID = new OrderSpec("id", true);

    Comparator<ObjectNode> comparator() {
        Comparator<ObjectNode> byField = Comparator.comparingLong(n -> Json.longOf(n, field, Long.MIN_VALUE));
        Comparator<ObjectNode> order = byField.thenComparingLong(n -> n.get("id").asLong());
        return ascending ? order : order.reversed();
    }
}
