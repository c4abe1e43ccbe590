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

/** Users (written through {@code SandboxData} only): name, email, lang and rights; new users are active admins. */
final class UserRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("name", "");
        user.put("email", "user" + id + "@sandbox.example");
        user.put("lang", "en");
        ObjectNode rights = user.putObject("rights");
        for (String entity : new String[]{"leads", "contacts", "companies"}) {
            rights.putObject(entity).put("view", "A").put("edit", "A").put("add", "A").put("delete", "A")
                    .put("export", "A");
        }
        rights.putObject("tasks").put("edit", "A").put("delete", "A");
        rights.put("mail_access", true);
        rights.put("catalog_access", true);
        rights.putArray("status_rights");
        rights.put("is_admin", true);
        rights.put("is_free", false);
        rights.put("is_active", true);
        rights.putNull("group_id");
        rights.putNull("role_id");
        return user;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        // users reference nothing
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.hasNonNull("rights")) {
            ((ObjectNode) target.get("rights")).setAll((ObjectNode) item.get("rights"));
        }
    }
}
