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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pipelines (written through {@code SandboxData} only): every new pipeline gets the incoming-leads stage
 * ({@code type=1}) first, then the regular stages named in {@code _embedded.statuses} (or two defaults), then the
 * system stages 142 (won) and 143 (lost). A named stage may carry {@code descriptions} ({@code [{level,
 * description}]}). Stages are fixed once created.
 */
final class PipelineRules implements EntityRules {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode pipeline = Json.object();
        pipeline.put("id", id);
        pipeline.put("name", "");
        pipeline.put("sort", 1 + store.count(EntityType.PIPELINES));
        pipeline.put("is_main", false);
        pipeline.put("is_unsorted_on", true);
        pipeline.put("is_archive", false);
        pipeline.put("account_id", store.accountId());
        pipeline.putObject("_embedded").putArray("statuses");
        return pipeline;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        JsonNode statuses = item.path("_embedded").get("statuses");
        if (statuses == null || statuses.isNull()) {
            return;
        }
        if (!statuses.isArray()) {
            violations.invalidType("_embedded.statuses", JsonKind.ARRAY);
            return;
        }
        for (int i = 0; i < statuses.size(); i++) {
            JsonNode name = statuses.get(i).get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                violations.notBlank("_embedded.statuses." + i + ".name");
            }
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (previous != null) {
            return;
        }
        long pipelineId = target.get("id").asLong();
        long accountId = store.accountId();
        ArrayNode statuses = (ArrayNode) target.get("_embedded").get("statuses");
        statuses.add(status(store.nextStatusId(), "Incoming leads", 10, false, "#c1c1c1", 1, pipelineId, accountId));
        JsonNode named = item.path("_embedded").path("statuses");
        String[] colors = {"#99ccff", "#ffff99", "#ffcc66", "#deff81", "#87f2c0"};
        if (named.isArray() && !named.isEmpty()) {
            for (int i = 0; i < named.size(); i++) {
                ObjectNode stage = status(store.nextStatusId(), named.get(i).get("name").asText(), 20 + 10 * i, true,
                        colors[i % colors.length], 0, pipelineId, accountId);
                describe(stage, named.get(i).path("descriptions"), store);
                statuses.add(stage);
            }
        } else {
            statuses.add(status(store.nextStatusId(), "First contact", 20, true, colors[0], 0, pipelineId, accountId));
            statuses.add(status(store.nextStatusId(), "Negotiation", 30, true, colors[1], 0, pipelineId, accountId));
        }
        statuses.add(status(LeadRules.WON, "Closed - won", 10000, false, "#CCFF66", 0, pipelineId, accountId));
        statuses.add(status(LeadRules.LOST, "Closed - lost", 11000, false, "#D5D8DB", 0, pipelineId, accountId));
    }

    /**
     * A stage's {@code descriptions} from {@code [{level, description}]}: each gets an id, the account, stage and
     * pipeline ids, and {@code created_at}/{@code updated_at} as {@code YYYY-MM-DD HH:MM:SS} strings (UTC), as the
     * amoCRM pipelines reference shows them; created by the current user, never updated ({@code updated_by} null).
     */
    private static void describe(ObjectNode stage, JsonNode descriptions, EntityStore store) {
        if (!descriptions.isArray() || descriptions.isEmpty()) {
            return;
        }
        String now = STAMP.format(Instant.ofEpochSecond(store.clock().nowSeconds()));
        ArrayNode out = stage.putArray("descriptions");
        for (JsonNode given : descriptions) {
            out.addObject()
                    .put("account_id", store.accountId())
                    .put("created_at", now)
                    .put("created_by", store.currentUserId())
                    .put("description", given.path("description").asText())
                    .put("id", store.ids().nextReference())
                    .put("level", given.path("level").asText())
                    .put("pipeline_id", stage.get("pipeline_id").asLong())
                    .put("status_id", stage.get("id").asLong())
                    .put("updated_at", now)
                    .putNull("updated_by");
        }
    }

    private static ObjectNode status(long id, String name, int sort, boolean editable, String color, int type,
                                     long pipelineId, long accountId) {
        ObjectNode status = Json.object();
        status.put("id", id);
        status.put("name", name);
        status.put("sort", sort);
        status.put("is_editable", editable);
        status.put("pipeline_id", pipelineId);
        status.put("color", color);
        status.put("type", type);
        status.put("account_id", accountId);
        return status;
    }
}
