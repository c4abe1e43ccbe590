package io.github.camelkommo.sandbox.store;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One page request against a table: page (from 1), page size, filters (all must match; none = all), order. */
public record ListQuery(int page, int limit, List<Predicate<ObjectNode>> filters, OrderSpec order) {

    public ListQuery {
        filters = List.copyOf(filters);
    }

    boolean matches(ObjectNode node) {
        for (Predicate<ObjectNode> filter : filters) {
            if (!filter.test(node)) {
                return false;
            }
        }
        return true;
    }
}
