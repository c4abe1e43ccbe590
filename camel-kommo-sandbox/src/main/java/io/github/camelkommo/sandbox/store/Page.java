package io.github.camelkommo.sandbox.store;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One page of stored entities (shared, never to be mutated) and whether another page follows. */
public record Page(List<ObjectNode> items, boolean hasMore) {
}
