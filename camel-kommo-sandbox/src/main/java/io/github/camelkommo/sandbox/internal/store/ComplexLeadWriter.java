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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /leads/complex}: each lead may embed one contact and one company, either new (an object of their
 * fields, without {@code request_id}) or existing ({@code {id}}), and {@code _embedded.metadata} (an incoming lead,
 * which lands in the pipeline's incoming stage). Everything is validated first (paths of embedded errors start with
 * {@code _embedded.contacts.0.} or {@code _embedded.companies.0.}); then companies, contacts and leads are created
 * and linked: the lead to both, and a new contact to a new company.
 */
final class ComplexLeadWriter {

    private final EntityStore store;
    private final EntityWriter writer;

    ComplexLeadWriter(EntityStore store, EntityWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    List<ComplexResult> write(List<ObjectNode> leads, List<String> labels) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            Violations violations = new Violations();
            validate(leads.get(i), violations);
            EntityStore.collect(errors, labels.get(i), violations);
        }
        EntityStore.throwIfAny(errors);
        List<ComplexResult> results = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            results.add(create(leads.get(i), labels.get(i)));
        }
        return results;
    }

    private void validate(ObjectNode lead, Violations violations) {
        writer.validate(EntityType.LEADS, leadOnly(lead), null, violations);
        validatePart(lead, "contacts", EntityType.CONTACTS, violations);
        validatePart(lead, "companies", EntityType.COMPANIES, violations);
        UnsortedMetadata.check(lead.path("_embedded").get("metadata"), violations);
    }

    private void validatePart(ObjectNode lead, String key, EntityType type, Violations violations) {
        JsonNode parts = lead.path("_embedded").get(key);
        String path = "_embedded." + key;
        if (parts == null || parts.isNull()) {
            return;
        }
        if (!parts.isArray()) {
            violations.invalidType(path, JsonKind.ARRAY);
            return;
        }
        if (parts.size() > 1) {
            violations.tooMany(path, 1);
            return;
        }
        if (parts.isEmpty()) {
            return;
        }
        JsonNode part = parts.get(0);
        Violations nested = violations.nested(path + ".0");
        if (!part.isObject()) {
            violations.invalidType(path + ".0", JsonKind.OBJECT);
        } else if (part.hasNonNull("id")) {
            type.shape().check(part, WriteOp.COMPLEX_PART, "", nested);
            JsonNode id = part.get("id");
            if (!JsonKind.INT.matches(id)) {
                violations.invalidType(path + ".0.id", JsonKind.INT);
            } else if (store.find(type, id.asLong()).isEmpty()) {
                violations.notSupportedChoice(path + ".0.id");
            }
        } else {
            writer.validate(type, (ObjectNode) part, null, WriteOp.COMPLEX_PART, nested);
        }
    }

    private ComplexResult create(ObjectNode lead, String label) {
        ObjectNode companyPart = part(lead, "companies");
        ObjectNode contactPart = part(lead, "contacts");
        Long companyId = companyPart == null ? null : idOrCreate(EntityType.COMPANIES, companyPart);
        Long contactId = null;
        if (contactPart != null) {
            if (contactPart.hasNonNull("id")) {
                contactId = contactPart.get("id").asLong();
            } else {
                ObjectNode contact = contactPart.deepCopy();
                if (companyId != null && !companyPart.hasNonNull("id") && !contact.path("_embedded").has("companies")) {
                    embedded(contact).putArray("companies").addObject().put("id", companyId);
                }
                contactId = idOrCreate(EntityType.CONTACTS, contact);
            }
        }
        ObjectNode leadItem = leadOnly(lead);
        if (lead.path("_embedded").has("metadata")) {
            long pipeline = leadItem.hasNonNull("pipeline_id") ? leadItem.get("pipeline_id").asLong()
                                                               : store.mainPipelineId();
            leadItem.put("status_id", store.incomingStatusId(pipeline));
        }
        if (contactId != null) {
            embedded(leadItem).putArray("contacts").addObject().put("id", contactId).put("is_main", true);
        }
        if (companyId != null) {
            embedded(leadItem).putArray("companies").addObject().put("id", companyId);
        }
        long leadId = createOne(EntityType.LEADS, leadItem);
        return new ComplexResult(leadId, contactId, companyId, label);
    }

    private long idOrCreate(EntityType type, ObjectNode part) {
        return part.hasNonNull("id") ? part.get("id").asLong() : createOne(type, part);
    }

    private long createOne(EntityType type, ObjectNode item) {
        long id = store.nextId(type);
        store.insert(type, writer.build(type, item, null, id));
        return id;
    }

    /** The lead without its embedded contacts and companies (they are handled as parts). */
    private static ObjectNode leadOnly(ObjectNode lead) {
        ObjectNode copy = lead.deepCopy();
        JsonNode embedded = copy.get("_embedded");
        if (embedded instanceof ObjectNode e) {
            e.remove("contacts");
            e.remove("companies");
            e.remove("metadata");
        }
        return copy;
    }

    private static ObjectNode part(ObjectNode lead, String key) {
        JsonNode parts = lead.path("_embedded").path(key);
        return parts.isArray() && !parts.isEmpty() ? (ObjectNode) parts.get(0) : null;
    }

    private static ObjectNode embedded(ObjectNode item) {
        JsonNode embedded = item.get("_embedded");
        return embedded instanceof ObjectNode e ? e : item.putObject("_embedded");
    }
}
