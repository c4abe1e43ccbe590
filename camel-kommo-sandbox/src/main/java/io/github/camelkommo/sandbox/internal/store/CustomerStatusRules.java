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

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Customer statuses: {@code name}, {@code sort}, {@code color} ({@code #} and six hex digits, as the amoCRM
 * examples write it); new ones are of {@code type} 0, not default, without conditions.
 */
final class CustomerStatusRules implements EntityRules {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode status = Json.object();
        status.put("id", id);
        status.put("name", "");
        status.put("sort", (store.count(EntityType.CUSTOMER_STATUSES) + 1) * 10);
        status.put("is_default", false);
        status.putArray("conditions");
        status.put("color", "#fffeb2");
        status.put("type", 0);
        status.put("account_id", store.accountId());
        return status;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        if (item.hasNonNull("color") && !COLOR.matcher(item.get("color").asText()).matches()) {
            violations.notSupportedChoice("color");
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        // name, sort and color are plain copies
    }
}
