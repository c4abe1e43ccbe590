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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Notes of one entity type: {@code entity_id} must name a stored entity of it (on create; an update may repeat it
 * but not change it), {@code note_type} one of {@link NoteParams#types()}, {@code params} the keys of that type,
 * {@code responsible_user_id} a user. The stored form has the fields of the amoCRM notes examples, in their order.
 */
final class NoteRules implements EntityRules {

    private final EntityType parent;

    NoteRules(EntityType parent) {
        this.parent = parent;
    }

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode note = Json.object();
        note.put("id", id);
        note.put("entity_id", 0);
        EntityRules.stampAuthorship(note, user, now);
        note.put("responsible_user_id", user);
        note.put("group_id", 0);
        note.put("note_type", "common");
        note.putObject("params");
        note.put("account_id", store.accountId());
        return note;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        JsonNode entityId = item.get("entity_id");
        if (entityId != null && (existing != null ? entityId.asLong() != existing.get("entity_id").asLong()
                                                  : store.find(parent, entityId.asLong()).isEmpty())) {
            violations.notSupportedChoice("entity_id");
        }
        References.checkUser(item, "responsible_user_id", store, violations);
        References.checkUser(item, "created_by", store, violations);
        JsonNode noteType = item.has("note_type") ? item.get("note_type")
                                                  : existing != null ? existing.get("note_type") : null;
        NoteParams.check(noteType, item.get("params"), existing == null || item.has("note_type"), violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.has("params")) {
            target.set("params", item.get("params").deepCopy());
        }
    }
}
