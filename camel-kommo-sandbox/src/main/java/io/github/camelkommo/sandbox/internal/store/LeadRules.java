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
 * Leads: {@code pipeline_id} must be a pipeline and {@code status_id} one of its stages (the lead's current pipeline,
 * or the main one on create, when {@code pipeline_id} is absent); without {@code status_id} a new lead, or a lead moved
 * to a pipeline lacking its stage, lands in the first regular stage. Moving to 142/143 sets {@code closed_at}, moving
 * back clears it. A {@code loss_reason_id} must name one of the account's loss reasons. Contacts, companies and
 * {@code _embedded.source} are accepted on create only (the write shape refuses them in updates); the source is
 * checked but not stored.
 */
final class LeadRules implements EntityRules {

    static final long WON = 142;
    static final long LOST = 143;

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        long pipeline = store.mainPipelineId();
        ObjectNode lead = Json.object();
        lead.put("id", id);
        lead.put("name", "Lead #" + id);
        lead.put("price", 0);
        lead.put("responsible_user_id", user);
        lead.put("group_id", 0);
        lead.put("status_id", store.firstRegularStatusId(pipeline));
        lead.put("pipeline_id", pipeline);
        lead.putNull("loss_reason_id");
        EntityRules.stampAuthorship(lead, user, now);
        lead.putNull("closed_at");
        lead.putNull("closest_task_at");
        lead.put("is_deleted", false);
        lead.putNull("custom_fields_values");
        lead.putNull("score");
        lead.put("account_id", store.accountId());
        lead.putNull("labor_cost");
        ObjectNode embedded = lead.putObject("_embedded");
        embedded.putArray("tags");
        embedded.putArray("contacts");
        embedded.putArray("companies");
        return lead;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        long pipeline;
        if (item.has("pipeline_id")) {
            pipeline = item.get("pipeline_id").asLong();
            if (store.pipeline(pipeline).isEmpty()) {
                violations.notSupportedChoice("pipeline_id");
                pipeline = -1;
            }
        } else {
            pipeline = existing != null ? existing.get("pipeline_id").asLong() : store.mainPipelineId();
        }
        if (item.has("status_id") && pipeline != -1
            && store.status(pipeline, item.get("status_id").asLong()).isEmpty()) {
            violations.notSupportedChoice("status_id");
        }
        if (item.hasNonNull("loss_reason_id") && store.lossReason(item.get("loss_reason_id").asLong()).isEmpty()) {
            violations.notSupportedChoice("loss_reason_id");
        }
        References.checkCard(item, EntityType.LEADS, store, violations);
        JsonNode embedded = item.get("_embedded");
        if (embedded != null) {
            References.checkLinks(embedded, "contacts", EntityType.CONTACTS, Integer.MAX_VALUE, store, violations);
            References.checkLinks(embedded, "companies", EntityType.COMPANIES, 1, store, violations);
            checkSource(embedded.get("source"), violations);
        }
    }

    /** {@code _embedded.source {type: "widget", external_id}} (LeadModel::toApi); accepted, not stored. */
    private static void checkSource(JsonNode source, Violations violations) {
        if (source == null) {
            return;
        }
        if (!source.isObject()) {
            violations.invalidType("_embedded.source", JsonKind.OBJECT);
            return;
        }
        JsonNode type = source.get("type");
        if (type == null || type.isNull()) {
            violations.notBlank("_embedded.source.type");
        } else if (!type.isTextual()) {
            violations.invalidType("_embedded.source.type", JsonKind.STRING);
        } else if (!"widget".equals(type.asText())) {
            violations.notSupportedChoice("_embedded.source.type");
        }
        JsonNode externalId = source.get("external_id");
        if (externalId == null || externalId.isNull()) {
            violations.notBlank("_embedded.source.external_id");
        } else if (!externalId.isTextual()) {
            violations.invalidType("_embedded.source.external_id", JsonKind.STRING);
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        long pipeline = target.get("pipeline_id").asLong();
        if (!item.has("status_id")
            && (previous == null || store.status(pipeline, target.get("status_id").asLong()).isEmpty())) {
            target.put("status_id", store.firstRegularStatusId(pipeline));
        }
        boolean closed = isClosed(target.get("status_id").asLong());
        boolean wasClosed = previous != null && isClosed(previous.get("status_id").asLong());
        if (!item.has("closed_at")) {
            if (closed && !wasClosed) {
                target.put("closed_at", store.clock().nowSeconds());
            } else if (!closed) {
                target.putNull("closed_at");
            }
        }
        References.applyCard(item, target, EntityType.LEADS, store);
        JsonNode embedded = item.get("_embedded");
        if (embedded != null) {
            References.applyLinks(embedded, "contacts", target, true);
            References.applyLinks(embedded, "companies", target, false);
        }
    }

    private static boolean isClosed(long status) {
        return status == WON || status == LOST;
    }
}
