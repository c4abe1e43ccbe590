package io.github.camelkommo.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Told of every change the store records an event for (leads, contacts, companies, tasks and notes on the first
 * three), after it is stored, under the store's write lock: the webhooks of the sandbox listen here.
 */
public interface ChangeListener {

    /** Nobody listening. */
    ChangeListener NONE = (type, action, before, after) -> { };

    /**
     * @param type   the entity changed (for a note: the lead, contact or company it was added to)
     * @param action {@code add}, {@code update}, {@code delete}, {@code restore} or {@code note}
     * @param before the entity before an update, else {@code null}
     * @param after  the entity as stored (for a deletion: as kept deleted; for a note: the note)
     */
    void changed(EntityType type, String action, ObjectNode before, ObjectNode after);
}
