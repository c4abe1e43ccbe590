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
 * Contacts: without {@code name}, the name is built from {@code first_name} and {@code last_name}. The API does not
 * accept {@code _embedded.companies} in a contact's write; the sandbox itself links a contact to (at most one)
 * company that way, for the complex add and the seed.
 */
final class ContactRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode contact = Json.object();
        contact.put("id", id);
        contact.put("name", "");
        contact.put("first_name", "");
        contact.put("last_name", "");
        contact.put("responsible_user_id", user);
        contact.put("group_id", 0);
        EntityRules.stampAuthorship(contact, user, now);
        contact.putNull("closest_task_at");
        contact.put("is_deleted", false);
        contact.put("is_unsorted", false);
        contact.putNull("custom_fields_values");
        contact.put("account_id", store.accountId());
        ObjectNode embedded = contact.putObject("_embedded");
        embedded.putArray("tags");
        embedded.putArray("companies");
        return contact;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        References.checkCard(item, EntityType.CONTACTS, store, violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (!item.has("name") && (item.has("first_name") || item.has("last_name"))) {
            String name = (target.get("first_name").asText() + " " + target.get("last_name").asText()).trim();
            target.put("name", name);
        }
        References.applyCard(item, target, EntityType.CONTACTS, store);
        JsonNode embedded = item.get("_embedded");
        if (embedded != null) {
            References.applyLinks(embedded, "companies", target, false);
        }
    }
}
