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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Talks, the conversations of chats (amoCRM talks-api). They open when a client writes in a messenger, which the
 * sandbox does not emulate: they are added through the sandbox's own data ({@code SandboxData.addTalk}); the API
 * reads one and closes it ({@code is_in_work} false).
 */
public final class TalkBook {

    private final EntityStore store;
    private final Map<Long, ObjectNode> talks = new LinkedHashMap<>();
    private long next = 1;

    TalkBook(EntityStore store) {
        this.store = store;
    }

    synchronized void clear() {
        talks.clear();
        next = 1;
    }

    /** Opens a talk of a contact's chat on a lead, from a messenger ({@code origin}: telegram, whatsapp, ...). */
    public synchronized ObjectNode open(long contactId, long leadId, String origin) {
        if (store.find(EntityType.CONTACTS, contactId).isEmpty() || store.find(EntityType.LEADS, leadId).isEmpty()) {
            throw new IllegalArgumentException("No contact " + contactId + " or no lead " + leadId);
        }
        long now = store.clock().nowSeconds();
        long id = next++;
        ObjectNode talk = Json.object().put("talk_id", id).put("created_at", now).put("updated_at", now)
                .put("rate", 0).put("contact_id", contactId)
                .put("chat_id", UUID.nameUUIDFromBytes(("chat-" + store.accountId() + "-" + id).getBytes()).toString())
                .put("entity_id", leadId).put("entity_type", "lead").put("is_in_work", true).put("is_read", false)
                .put("origin", origin).putNull("missed_at").put("account_id", store.accountId());
        talks.put(id, talk);
        return talk;
    }

    /** A talk (shared: do not mutate). */
    public synchronized Optional<ObjectNode> find(long id) {
        return Optional.ofNullable(talks.get(id));
    }

    /** Every talk, oldest first (shared: do not mutate). */
    public synchronized List<ObjectNode> all() {
        return List.copyOf(talks.values());
    }

    /** Closes a talk: no longer in work, read, changed now. */
    public synchronized void close(long id) {
        ObjectNode talk = talks.get(id).deepCopy();
        talk.put("is_in_work", false).put("is_read", true).put("updated_at", store.clock().nowSeconds());
        talks.put(id, talk);
    }
}
