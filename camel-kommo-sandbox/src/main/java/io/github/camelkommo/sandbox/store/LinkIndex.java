package io.github.camelkommo.sandbox.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The back-links of one answer ({@link EmbeddedLink#isBackLink()}): which entities link to a given one, e.g. the
 * leads whose {@code _embedded.contacts} name a contact. Each kind of back-link is indexed with one scan of the
 * linking table the first time it is asked for, so a page of 250 contacts with {@code with=leads} reads the leads
 * once.
 */
public final class LinkIndex {

    private final EntityStore store;
    private final Map<EmbeddedLink, Map<Long, List<Long>>> indexes = new HashMap<>();

    public LinkIndex(EntityStore store) {
        this.store = store;
    }

    /** The store this index reads (for the parts of an answer that look something up). */
    public EntityStore store() {
        return store;
    }

    /** The ids (ascending) of the {@code link.target} entities whose {@code _embedded.<backKey>} names {@code id}. */
    public List<Long> linking(EmbeddedLink link, long id) {
        return indexes.computeIfAbsent(link, this::index).getOrDefault(id, List.of());
    }

    private Map<Long, List<Long>> index(EmbeddedLink link) {
        Map<Long, List<Long>> byTarget = new HashMap<>();
        for (ObjectNode source : store.all(link.targetType())) {
            for (JsonNode ref : source.path("_embedded").path(link.backKey())) {
                long linked = ref.path("id").asLong();
                byTarget.computeIfAbsent(linked, k -> new ArrayList<>()).add(source.get("id").asLong());
            }
        }
        return byTarget;
    }
}
