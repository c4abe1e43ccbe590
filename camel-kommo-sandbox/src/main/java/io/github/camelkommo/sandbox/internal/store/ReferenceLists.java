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

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code _embedded} lists that show what an entity's reference id names, as Kommo shows them with
 * {@code with=}: a lead's {@code loss_reason} (an array of one loss reason with its {@code _links}, amoCRM leads
 * reference, get by id), a user's {@code roles} ({@code {id, name, _links}}) and {@code groups}
 * ({@code {id, name}}, amoCRM users reference, list with {@code with=role,group}).
 */
final class ReferenceLists {

    private ReferenceLists() {
    }

    /** A lead's loss reason; left out when the lead has none. */
    static JsonNode lossReason(ObjectNode lead, EntityStore store, String base) {
        JsonNode id = lead.get("loss_reason_id");
        if (id == null || id.isNull()) {
            return null;
        }
        return listOf(store.lossReason(id.asLong()), base + "/api/v4/leads/loss_reasons/");
    }

    /** A user's role: one item, or none when {@code rights.role_id} is null. */
    static JsonNode role(ObjectNode user, EntityStore store, String base) {
        JsonNode id = user.path("rights").path("role_id");
        return listOf(id.isIntegralNumber() ? store.role(id.asLong()).map(r -> Json.object()
                .put("id", r.get("id").asLong()).put("name", r.get("name").asText())) : Optional.empty(),
                base + "/api/v4/roles/");
    }

    /** A role's users ({@code with=users}): {@code [{id, _links}]} of the users whose {@code rights.role_id} it is. */
    static JsonNode usersOfRole(ObjectNode role, EntityStore store, String base) {
        ArrayNode out = Json.array();
        for (ObjectNode user : store.all(EntityType.USERS)) {
            if (user.path("rights").path("role_id").asLong(-1) == role.get("id").asLong()) {
                out.addObject().put("id", user.get("id").asLong())
                        .set("_links", Json.selfLink(base + "/api/v4/users/" + user.get("id").asLong()));
            }
        }
        return out;
    }

    /** A user's group: one item, or none when {@code rights.group_id} is null. */
    static JsonNode group(ObjectNode user, EntityStore store, String base) {
        JsonNode id = user.path("rights").path("group_id");
        ArrayNode out = Json.array();
        if (id.isIntegralNumber()) {
            store.userGroup(id.asLong())
                    .ifPresent(g -> out.addObject().put("id", g.get("id").asLong()).set("name", g.get("name")));
        }
        return out;
    }

    private static ArrayNode listOf(Optional<ObjectNode> item, String hrefPrefix) {
        ArrayNode out = Json.array();
        item.ifPresent(found -> {
            ObjectNode copy = found.deepCopy();
            copy.set("_links", Json.selfLink(hrefPrefix + found.get("id").asLong()));
            out.add(copy);
        });
        return out;
    }
}
