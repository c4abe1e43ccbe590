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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The links API over the links the entities already keep: a lead's {@code _embedded.contacts} ({@code is_main})
 * and {@code _embedded.companies}, a contact's {@code _embedded.companies} and, for catalog elements, an entity's
 * {@code _embedded.catalog_elements} ({@code {id, metadata}}). A link between a contact and a lead is kept on the
 * lead, one between a company and a contact or lead on the contact or lead, whichever side it is made from; so the
 * links API, the entities' {@code _embedded} and {@code with=contacts|leads} always agree. Which types link to which:
 * the PHP library's getAvailableLinkTypes (leads: contacts, companies, catalog elements; contacts and companies: each
 * other, leads, catalog elements; customers are not emulated). A lead and a contact have at most one company.
 * {@code quantity} is a number (amoCRM entity-links reference: "int/float").
 */
final class EntityLinks {

    private static final String CATALOG_ELEMENTS = "catalog_elements";
    private static final Map<EntityType, Set<String>> TARGETS = Map.of(
            EntityType.LEADS, Set.of("contacts", "companies", CATALOG_ELEMENTS),
            EntityType.CONTACTS, Set.of("leads", "companies", CATALOG_ELEMENTS),
            EntityType.COMPANIES, Set.of("contacts", "leads", CATALOG_ELEMENTS),
            EntityType.CUSTOMERS, Set.of("contacts", "companies", CATALOG_ELEMENTS));

    private final EntityStore store;

    EntityLinks(EntityStore store) {
        this.store = store;
    }

    /** Whether entities of this type have links. */
    static boolean linkable(EntityType type) {
        return TARGETS.containsKey(type);
    }

    /** Every link of one entity: {@code {entity_id, entity_type, to_entity_id, to_entity_type, metadata}}. */
    List<ObjectNode> of(EntityType type, long id) {
        List<ObjectNode> out = new ArrayList<>();
        Optional<ObjectNode> entity = store.find(type, id);
        if (entity.isEmpty()) {
            return out;
        }
        for (JsonNode element : entity.get().path("_embedded").path(CATALOG_ELEMENTS)) {
            out.add(link(type, id, CATALOG_ELEMENTS, element.get("id").asLong(), element.get("metadata")));
        }
        switch (type) {
            case CUSTOMERS -> {
                for (String key : List.of("contacts", "companies")) {
                    for (JsonNode linked : stored(entity.get(), key, EntityType.of(key))) {
                        out.add(link(type, id, key, linked.get("id").asLong(), null));
                    }
                }
            }
            case LEADS -> {
                for (JsonNode contact : stored(entity.get(), "contacts", EntityType.CONTACTS)) {
                    out.add(link(type, id, "contacts", contact.get("id").asLong(), main(contact)));
                }
                for (JsonNode company : stored(entity.get(), "companies", EntityType.COMPANIES)) {
                    out.add(link(type, id, "companies", company.get("id").asLong(), null));
                }
            }
            case CONTACTS -> {
                for (JsonNode company : stored(entity.get(), "companies", EntityType.COMPANIES)) {
                    out.add(link(type, id, "companies", company.get("id").asLong(), null));
                }
                for (ObjectNode lead : store.all(EntityType.LEADS)) {
                    linkTo(lead, "contacts", id).ifPresent(c -> out.add(link(type, id, "leads",
                            lead.get("id").asLong(), main(c))));
                }
            }
            default -> {
                for (EntityType holder : List.of(EntityType.CONTACTS, EntityType.LEADS)) {
                    for (ObjectNode other : store.all(holder)) {
                        linkTo(other, "companies", id).ifPresent(c -> out.add(link(type, id,
                                holder.entityName(), other.get("id").asLong(), null)));
                    }
                }
            }
        }
        return out;
    }

    /** Checks one item of a link or unlink write whose {@code entity_id} names an entity of {@code type}. */
    void check(EntityType type, ObjectNode item, boolean link, Violations violations) {
        Shapes.LINK.check(item, WriteOp.CREATE, "", violations);
        JsonNode entityId = item.get("entity_id");
        JsonNode entityType = item.get("entity_type");
        JsonNode toId = item.get("to_entity_id");
        JsonNode toType = item.get("to_entity_type");
        JsonNode metadata = item.get("metadata");
        int before = violations.size();
        requireInt(entityId, "entity_id", violations);
        requireInt(toId, "to_entity_id", violations);
        if (toType == null || toType.isNull()) {
            violations.notBlank("to_entity_type");
        } else if (!toType.isTextual()) {
            violations.invalidType("to_entity_type", JsonKind.STRING);
        } else if (!TARGETS.get(type).contains(toType.asText())) {
            violations.notSupportedChoice("to_entity_type");
        }
        if (entityType != null && !entityType.isNull() && !type.entityName().equals(entityType.asText())) {
            violations.notSupportedChoice("entity_type");
        }
        if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            violations.invalidType("metadata", JsonKind.OBJECT);
        } else if (metadata != null && metadata.isObject()) {
            checkMetadata(metadata, violations);
        }
        if (violations.size() != before) {
            return;
        }
        if (store.find(type, entityId.asLong()).isEmpty()) {
            violations.notSupportedChoice("entity_id");
        }
        if (CATALOG_ELEMENTS.equals(toType.asText())) {
            JsonNode catalog = metadata == null ? null : metadata.get("catalog_id");
            if (catalog == null || catalog.isNull()) {
                violations.notBlank("metadata.catalog_id");
            } else if (!store.catalogHas(catalog.asLong(), toId.asLong())) {
                violations.notSupportedChoice("to_entity_id");
            }
            JsonNode price = metadata == null ? null : metadata.get("price_id");
            if (price != null && !price.isNull() && store.customFieldDefinitions(EntityType.CATALOG_ELEMENTS).stream()
                    .noneMatch(f -> f.get("id").asLong() == price.asLong() && "price".equals(f.get("type").asText()))) {
                violations.notSupportedChoice("metadata.price_id"); // a price field of the catalog's elements
            }
        } else if (store.find(EntityType.of(toType.asText()), toId.asLong()).isEmpty()) {
            violations.notSupportedChoice("to_entity_id");
        }
    }

    private static void checkMetadata(JsonNode metadata, Violations violations) {
        JsonNode main = metadata.get("is_main");
        if (main != null && !main.isNull() && !main.isBoolean()) {
            violations.invalidType("metadata.is_main", JsonKind.BOOL);
        }
        JsonNode quantity = metadata.get("quantity");
        if (quantity != null && !quantity.isNull() && !quantity.isNumber()) {
            violations.invalidType("metadata.quantity", JsonKind.INT);
        }
        for (String number : List.of("catalog_id", "price_id", "updated_by")) {
            JsonNode value = metadata.get(number);
            if (value != null && !value.isNull() && !JsonKind.INT.matches(value)) {
                violations.invalidType("metadata." + number, JsonKind.INT);
            }
        }
    }

    private static void requireInt(JsonNode value, String path, Violations violations) {
        if (value == null || value.isNull()) {
            violations.notBlank(path);
        } else if (!JsonKind.INT.matches(value)) {
            violations.invalidType(path, JsonKind.INT);
        }
    }

    /** Makes or removes the link of a checked item; returns the link as answered. */
    ObjectNode apply(EntityType type, ObjectNode item, boolean link) {
        long id = item.get("entity_id").asLong();
        String to = item.get("to_entity_type").asText();
        long toId = item.get("to_entity_id").asLong();
        JsonNode metadata = item.path("metadata");
        if (CATALOG_ELEMENTS.equals(to)) {
            ObjectNode element = Json.object();
            element.set("quantity", metadata.hasNonNull("quantity") ? metadata.get("quantity") : IntNode.valueOf(1));
            element.put("catalog_id", metadata.get("catalog_id").asLong());
            if (metadata.hasNonNull("price_id")) {
                element.put("price_id", metadata.get("price_id").asLong());
            }
            update(type, id, CATALOG_ELEMENTS, toId, link ? Json.object().put("id", toId).set("metadata", element)
                                                          : null);
            return link(type, id, to, toId, element);
        }
        EntityType target = EntityType.of(to);
        boolean main = metadata.path("is_main").asBoolean(false);
        if (type == EntityType.CUSTOMERS) { // kept on the customer: contacts and companies do not show customers
            ObjectNode value = Json.object().put("id", toId);
            if (target == EntityType.CONTACTS) {
                value.put("is_main", main || store.find(type, id).orElseThrow().path("_embedded").path("contacts")
                        .isEmpty());
            }
            update(type, id, to, toId, link ? value : null);
            return link(type, id, to, toId, null);
        }
        if (type == EntityType.LEADS && target == EntityType.CONTACTS
            || type == EntityType.CONTACTS && target == EntityType.LEADS) {
            long lead = type == EntityType.LEADS ? id : toId;
            long contact = type == EntityType.LEADS ? toId : id;
            setContact(lead, contact, link, main);
            return link(type, id, to, toId, main(linkTo(store.find(EntityType.LEADS, lead).orElseThrow(), "contacts",
                    contact).orElse(Json.object().put("is_main", false))));
        }
        boolean companyIsTarget = target == EntityType.COMPANIES;
        EntityType holder = companyIsTarget ? type : target;
        long holderId = companyIsTarget ? id : toId;
        long company = companyIsTarget ? toId : id;
        update(holder, holderId, "companies", company, link ? Json.object().put("id", company) : null);
        return link(type, id, to, toId, null);
    }

    /** Whether linking would give a lead or contact a second company. */
    boolean secondCompany(EntityType type, ObjectNode item) {
        String to = item.get("to_entity_type").asText();
        boolean companyIsTarget = "companies".equals(to);
        if (!companyIsTarget && type != EntityType.COMPANIES || CATALOG_ELEMENTS.equals(to)) {
            return false;
        }
        EntityType holder = companyIsTarget ? type : EntityType.of(to);
        long holderId = (companyIsTarget ? item.get("entity_id") : item.get("to_entity_id")).asLong();
        long company = (companyIsTarget ? item.get("to_entity_id") : item.get("entity_id")).asLong();
        for (JsonNode linked : store.find(holder, holderId).orElseThrow().path("_embedded").path("companies")) {
            if (linked.get("id").asLong() != company && store.find(EntityType.COMPANIES,
                    linked.get("id").asLong()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void setContact(long lead, long contact, boolean link, boolean main) {
        ObjectNode stored = store.find(EntityType.LEADS, lead).orElseThrow().deepCopy();
        ObjectNode embedded = (ObjectNode) stored.get("_embedded");
        ArrayNode contacts = Json.array();
        boolean known = false;
        for (JsonNode c : embedded.path("contacts")) {
            boolean self = c.get("id").asLong() == contact;
            known |= self;
            if (!self || link) {
                contacts.addObject().put("id", c.get("id").asLong())
                        .put("is_main", self ? main || c.get("is_main").asBoolean() : !main
                                                                                      && c.get("is_main").asBoolean());
            }
        }
        if (link && !known) {
            contacts.addObject().put("id", contact).put("is_main", main);
        }
        if (contacts.size() > 0 && contacts.findValues("is_main").stream().noneMatch(JsonNode::asBoolean)) {
            ((ObjectNode) contacts.get(0)).put("is_main", true);
        }
        embedded.set("contacts", contacts);
        store.insert(EntityType.LEADS, stored);
    }

    /** Adds ({@code value} not null; replaces a link to the same id) or removes the link to {@code toId}. */
    private void update(EntityType type, long id, String key, long toId, ObjectNode value) {
        ObjectNode stored = store.find(type, id).orElseThrow().deepCopy();
        ObjectNode embedded = stored.has("_embedded") ? (ObjectNode) stored.get("_embedded")
                                                      : stored.putObject("_embedded");
        ArrayNode links = Json.array();
        for (JsonNode existing : embedded.path(key)) {
            if (existing.get("id").asLong() != toId && (value == null || !"companies".equals(key))) {
                links.add(existing);
            }
        }
        if (value != null) {
            links.add(value);
        }
        embedded.set(key, links);
        store.insert(type, stored);
    }

    private List<JsonNode> stored(ObjectNode entity, String key, EntityType target) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode link : entity.path("_embedded").path(key)) {
            if (store.find(target, link.get("id").asLong()).isPresent()) {
                out.add(link);
            }
        }
        return out;
    }

    private static Optional<JsonNode> linkTo(ObjectNode entity, String key, long id) {
        for (JsonNode link : entity.path("_embedded").path(key)) {
            if (link.get("id").asLong() == id) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private static ObjectNode main(JsonNode contactLink) {
        return Json.object().put("main_contact", contactLink.path("is_main").asBoolean());
    }

    private static ObjectNode link(EntityType type, long id, String to, long toId, JsonNode metadata) {
        ObjectNode link = Json.object();
        link.put("entity_id", id);
        link.put("entity_type", type.entityName());
        link.put("to_entity_id", toId);
        link.put("to_entity_type", to);
        link.set("metadata", metadata == null ? NullNode.getInstance() : metadata);
        return link;
    }
}
