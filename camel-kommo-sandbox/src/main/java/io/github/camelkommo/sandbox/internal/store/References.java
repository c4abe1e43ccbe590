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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks and writes the reference fields shared by several entities: {@code responsible_user_id},
 * {@code _embedded.tags} ({@code {id}} or {@code {name}}, replacing the whole set), {@code tags_to_add} and
 * {@code tags_to_delete} (changing the set; ignored when {@code _embedded.tags} is sent too, as the PHP library's
 * MutateTagsTrait notes) and id links such as {@code _embedded.contacts} or {@code _embedded.companies} (also
 * replacing; {@code null} detaches all).
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
            checkTags(embedded.get("tags"), "_embedded.tags", type, store, violations);
        }
        checkTags(item.get("tags_to_add"), "tags_to_add", type, store, violations);
        checkTags(item.get("tags_to_delete"), "tags_to_delete", type, store, violations);
    }

    /**
     * Applies what leads, contacts and companies share: custom fields merged by field, tags replaced by
     * {@code _embedded.tags} or else changed by {@code tags_to_delete} and {@code tags_to_add}.
     */
    static void applyCard(ObjectNode item, ObjectNode target, EntityType type, EntityStore store) {
        if (item.hasNonNull("custom_fields_values")) {
            target.set("custom_fields_values", store.customFields()
                    .merge(type, target.get("custom_fields_values"), item.get("custom_fields_values")));
        }
        JsonNode embedded = item.get("_embedded");
        if (embedded != null && embedded.has("tags")) {
            ((ObjectNode) target.get("_embedded")).set("tags", resolveTags(embedded.get("tags"), type, store));
        } else if (item.has("tags_to_add") || item.has("tags_to_delete")) {
            mutateTags(item, target, type, store);
        }
    }

    private static void mutateTags(ObjectNode item, ObjectNode target, EntityType type, EntityStore store) {
        ArrayNode current = Json.array();
        JsonNode deleted = item.get("tags_to_delete");
        for (JsonNode tag : target.path("_embedded").path("tags")) {
            if (!matchesAny(tag, deleted)) {
                current.add(tag);
            }
        }
        for (JsonNode added : resolveTags(item.get("tags_to_add"), type, store)) {
            if (current.findValues("id").stream().noneMatch(v -> v.asLong() == added.get("id").asLong())) {
                current.add(added);
            }
        }
        ((ObjectNode) target.get("_embedded")).set("tags", current);
    }

    /** Whether a stored tag is named in {@code refs} by id or (ignoring case) by name. */
    private static boolean matchesAny(JsonNode tag, JsonNode refs) {
        for (JsonNode ref : iterable(refs)) {
            boolean byId = ref.hasNonNull("id") && ref.get("id").asLong() == tag.get("id").asLong();
            boolean byName = !ref.hasNonNull("id") && ref.hasNonNull("name")
                             && ref.get("name").asText().trim().equalsIgnoreCase(tag.get("name").asText());
            if (byId || byName) {
                return true;
            }
        }
        return false;
    }

    /** Checks a required text: missing, null or blank is {@code NotBlank}, another type {@code InvalidType}. */
    static boolean checkRequiredText(JsonNode value, String path, Violations violations) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            violations.notBlank(path);
            return false;
        }
        if (!value.isTextual()) {
            violations.invalidType(path, JsonKind.STRING);
            return false;
        }
        return true;
    }

    static void checkUser(ObjectNode item, String field, EntityStore store, Violations violations) {
        JsonNode user = item.get(field);
        if (user != null && user.isIntegralNumber() && store.find(EntityType.USERS, user.asLong()).isEmpty()) {
            violations.notSupportedChoice(field);
        }
    }

    /** Checks a list of tag references ({@code {id}} of a stored tag, or {@code {name}}) found at {@code base}. */
    static void checkTags(JsonNode tags, String base, EntityType owner, EntityStore store, Violations violations) {
        if (tags == null || tags.isNull()) {
            return;
        }
        if (!tags.isArray()) {
            violations.invalidType(base, JsonKind.ARRAY);
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            String path = base + "." + i;
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

    /** The stored tags named by checked references (created by name when new), without duplicates. */
    private static ArrayNode resolveTags(JsonNode refs, EntityType owner, EntityStore store) {
        ArrayNode resolved = Json.array();
        for (JsonNode tag : iterable(refs)) {
            JsonNode id = tag.get("id");
            ObjectNode stored = id != null && !id.isNull()
                                                           ? store.tags(owner).find(id.asLong()).orElseThrow()
                                                           : store.tags(owner).findOrCreate(
                                                                   tag.get("name").asText().trim(), store::nextTagId);
            if (resolved.findValues("id").stream().noneMatch(v -> v.asLong() == stored.get("id").asLong())) {
                resolved.add(stored.deepCopy());
            }
        }
        return resolved;
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
