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

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A loss reason write ({@code POST /api/v4/leads/loss_reasons}): the keys of the PHP library's
 * LossReasonModel::toApi ({@code name}, {@code sort}, {@code request_id}); {@code name} required and not taken
 * (ignoring case, also within the batch). Stored as {@code {id, name, sort, created_at, updated_at}}.
 */
final class LossReasonRules {

    private static final Set<String> KEYS = Set.of("name", "sort", "request_id");

    private LossReasonRules() {
    }

    static Violations check(ObjectNode item, List<ObjectNode> existing, List<ObjectNode> batch, int index) {
        Violations violations = new Violations();
        CustomFieldValueKeys.check(item, KEYS, "", violations);
        JsonNode name = item.get("name");
        if (References.checkRequiredText(name, "name", violations)
            && (taken(name.asText(), existing) || taken(name.asText(), batch.subList(0, index)))) {
            violations.notSupportedChoice("name");
        }
        JsonNode sort = item.get("sort");
        if (sort != null && !sort.isNull() && !JsonKind.INT.matches(sort)) {
            violations.invalidType("sort", JsonKind.INT);
        }
        return violations;
    }

    static ObjectNode build(ObjectNode item, long id, int position, long now) {
        return Json.object().put("id", id).put("name", item.get("name").asText().trim())
                .put("sort", item.hasNonNull("sort") ? item.get("sort").asLong() : 100_000L + position)
                .put("created_at", now).put("updated_at", now);
    }

    private static boolean taken(String name, List<ObjectNode> reasons) {
        return reasons.stream().anyMatch(r -> r.path("name").asText().trim().equalsIgnoreCase(name.trim()));
    }
}
