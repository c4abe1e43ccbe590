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
 * User roles: {@code name} and {@code rights} (see {@link EntityRights}); a new role denies everything it does not
 * grant ("по умолчанию все доступы запрещены"); an edit merges the rights it names, and {@code status_rights} null or
 * {@code []} removes the stage rights.
 */
final class RoleRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode role = Json.object();
        role.put("id", id);
        role.put("name", "");
        ObjectNode rights = role.putObject("rights");
        for (String entity : new String[]{"leads", "contacts", "companies"}) {
            rights.putObject(entity).put("add", "D").put("edit", "D").put("view", "D").put("delete", "D")
                    .put("export", "D");
        }
        rights.putObject("tasks").put("edit", "D").put("delete", "D");
        rights.put("mail_access", false);
        rights.put("catalog_access", false);
        rights.putArray("status_rights");
        return role;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        EntityRights.check(item.get("rights"), violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        JsonNode sent = item.get("rights");
        if (sent == null || !sent.isObject()) {
            return;
        }
        ObjectNode rights = (ObjectNode) target.get("rights");
        sent.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("status_rights")) {
                rights.set("status_rights", value.isNull() ? Json.array() : value);
            } else if (value.isObject() && rights.path(entry.getKey()).isObject()) {
                ((ObjectNode) rights.get(entry.getKey())).setAll((ObjectNode) value);
            } else {
                rights.set(entry.getKey(), value);
            }
        });
    }
}
