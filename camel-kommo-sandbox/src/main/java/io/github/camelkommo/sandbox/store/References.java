package io.github.camelkommo.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks and writes the reference fields shared by several entities: {@code responsible_user_id},
 * {@code _embedded.tags} ({@code {id}} or {@code {name}}, replacing the whole set) and id links such as
 * {@code _embedded.contacts} or {@code _embedded.companies} (also replacing; {@code null} detaches all).
 */
final class References {

    private References() {
    }

    /**
     * Checks what leads, contacts and companies share: the responsible user, the custom fields and the tags; their
     * own links are checked by their rules.
     */
    static void checkCard(ObjectNode item, EntityType type, EntityStore store, Violations violations) {
        checkUser(item, "responsible_user_id", store, violations);
        store.customFields().check(type, item.get("custom_fields_values"), violations);
        JsonNode embedded = item.get("_embedded");
        if (embedded != null) {
            checkTags(embedded, type, store, violations);
        }
    }

    /** Applies what leads, contacts and companies share: custom fields merged by field, tags replaced. */
    static void applyCard(ObjectNode item, ObjectNode target, EntityType type, EntityStore store) {
        if (item.hasNonNull("custom_fields_values")) {
            target.set("custom_fields_values", store.customFields()
                    .merge(type, target.get("custom_fields_values"), item.get("custom_fields_values")));
        }
        JsonNode embedded = item.get("_embedded");
        if (embedded != null) {
            applyTags(embedded, target, type, store);
        }
    }

    static void checkUser(ObjectNode item, String field, EntityStore store, Violations violations) {
        JsonNode user = item.get(field);
        if (user != null && user.isIntegralNumber() && store.find(EntityType.USERS, user.asLong()).isEmpty()) {
            violations.notSupportedChoice(field);
        }
    }

    static void checkTags(JsonNode embedded, EntityType owner, EntityStore store, Violations violations) {
        JsonNode tags = embedded.get("tags");
        if (tags == null || tags.isNull()) {
            return;
        }
        if (!tags.isArray()) {
            violations.invalidType("_embedded.tags", JsonKind.ARRAY);
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            String path = "_embedded.tags." + i;
            JsonNode tag = tags.get(i);
            if (!tag.isObject()) {
                violations.invalidType(path, JsonKind.OBJECT);
                continue;
            }
            JsonNode id = tag.get("id");
            JsonNode name = tag.get("name");
            if (id != null && !id.isNull()) {
                if (!JsonKind.INT.matches(id)) {
                    violations.invalidType(path + ".id", JsonKind.INT);
                } else if (store.tags(owner).find(id.asLong()).isEmpty()) {
                    violations.notSupportedChoice(path + ".id");
                }
            } else if (name == null || name.isNull() || (name.isTextual() && name.asText().isBlank())) {
                violations.notBlank(path + ".name");
            } else if (!name.isTextual()) {
                violations.invalidType(path + ".name", JsonKind.STRING);
            }
        }
    }

    /** Checks {@code _embedded.<key>}: at most {@code max} objects whose {@code id} is a stored {@code target}. */
    static void checkLinks(JsonNode embedded, String key, EntityType target, int max, EntityStore store,
                           Violations violations) {
        JsonNode links = embedded.get(key);
        String base = "_embedded." + key;
        if (links == null || links.isNull()) {
            return;
        }
        if (!links.isArray()) {
            violations.invalidType(base, JsonKind.ARRAY);
            return;
        }
        if (links.size() > max) {
            violations.tooMany(base, max);
        }
        for (int i = 0; i < links.size(); i++) {
            String path = base + "." + i;
            JsonNode link = links.get(i);
            if (!link.isObject()) {
                violations.invalidType(path, JsonKind.OBJECT);
                continue;
            }
            JsonNode id = link.get("id");
            if (id == null || id.isNull()) {
                violations.notBlank(path + ".id");
            } else if (!JsonKind.INT.matches(id)) {
                violations.invalidType(path + ".id", JsonKind.INT);
            } else if (store.find(target, id.asLong()).isEmpty()) {
                violations.notSupportedChoice(path + ".id");
            }
            JsonNode main = link.get("is_main");
            if (main != null && !main.isNull() && !main.isBoolean()) {
                violations.invalidType(path + ".is_main", JsonKind.BOOL);
            }
        }
    }

    /** Replaces {@code target._embedded.tags} when the item carries {@code _embedded.tags}. */
    static void applyTags(JsonNode embedded, ObjectNode target, EntityType owner, EntityStore store) {
        if (!embedded.has("tags")) {
            return;
        }
        ArrayNode resolved = Json.array();
        for (JsonNode tag : iterable(embedded.get("tags"))) {
            JsonNode id = tag.get("id");
            ObjectNode stored = id != null && !id.isNull()
                    ? store.tags(owner).find(id.asLong()).orElseThrow()
                    : store.tags(owner).findOrCreate(tag.get("name").asText().trim(), store::nextTagId);
            if (resolved.findValues("id").stream().noneMatch(v -> v.asLong() == stored.get("id").asLong())) {
                resolved.add(stored.deepCopy());
            }
        }
        ((ObjectNode) target.get("_embedded")).set("tags", resolved);
    }

    /**
     * Replaces {@code target._embedded.<key>} by {@code {id}} links (with {@code is_main} when {@code withMain}: the
     * flagged one, or else the first, is the main one).
     */
    static void applyLinks(JsonNode embedded, String key, ObjectNode target, boolean withMain) {
        if (!embedded.has(key)) {
            return;
        }
        ArrayNode resolved = Json.array();
        JsonNode links = embedded.get(key);
        long mainId = -1;
        for (JsonNode link : iterable(links)) {
            if (link.path("is_main").asBoolean(false)) {
                mainId = link.get("id").asLong();
                break;
            }
        }
        for (JsonNode link : iterable(links)) {
            long id = link.get("id").asLong();
            if (resolved.findValues("id").stream().anyMatch(v -> v.asLong() == id)) {
                continue;
            }
            ObjectNode out = resolved.addObject().put("id", id);
            if (withMain) {
                out.put("is_main", mainId == -1 ? resolved.size() == 1 : id == mainId);
            }
        }
        ((ObjectNode) target.get("_embedded")).set(key, resolved);
    }

    private static Iterable<JsonNode> iterable(JsonNode arrayOrNull) {
        return arrayOrNull == null || arrayOrNull.isNull() ? Json.array() : arrayOrNull;
    }
}
