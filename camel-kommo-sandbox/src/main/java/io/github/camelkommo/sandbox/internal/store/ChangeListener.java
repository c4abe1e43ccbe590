/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelkommo.sandbox.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Told of every change the store records an event for (leads, contacts, companies, tasks and notes on the first
 * three), after it is stored, under the store's write lock: the webhooks of the sandbox listen here.
 */
public interface ChangeListener {

    /** Nobody listening. */
    ChangeListener NONE = (type, action, before, after) -> {
    };

    /**
     * @param type   the entity changed (for a note: the lead, contact or company it was added to)
     * @param action {@code add}, {@code update}, {@code delete}, {@code restore} or {@code note}
     * @param before the entity before an update, else {@code null}
     * @param after  the entity as stored (for a deletion: as kept deleted; for a note: the note)
     */
    void changed(EntityType type, String action, ObjectNode before, ObjectNode after);
}
