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

/** Companies: responsible user, custom fields and tags; links to contacts are kept on the contact's side. */
final class CompanyRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode company = Json.object();
        company.put("id", id);
        company.put("name", "");
        company.put("responsible_user_id", user);
        company.put("group_id", 0);
        EntityRules.stampAuthorship(company, user, now);
        company.putNull("closest_task_at");
        company.put("is_deleted", false);
        company.putNull("custom_fields_values");
        company.put("account_id", store.accountId());
        company.putObject("_embedded").putArray("tags");
        return company;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        References.checkCard(item, EntityType.COMPANIES, store, violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        References.applyCard(item, target, EntityType.COMPANIES, store);
    }
}
