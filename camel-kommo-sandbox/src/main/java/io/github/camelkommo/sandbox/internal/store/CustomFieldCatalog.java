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

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The custom field definitions of leads, contacts and companies, and the checks and normalisation of
 * {@code custom_fields_values}. Writes name a field by {@code field_id} or {@code field_code}; stored values carry
 * {@code field_id}, {@code field_name}, {@code field_code}, {@code field_type} and {@code values}, as Kommo returns
 * them.
 * A write merges by field: the fields it names are replaced, the others stay; a field sent with {@code values} null
 * (the PHP library's NullCustomFieldValueCollection, amocrm-api-php#352) or empty is removed.
 */
final class CustomFieldCatalog {

    private static final Set<String> ENUM_TYPES = Set.of("multitext", "select", "multiselect", "radiobutton");
    private static final Set<String> NUMBER_TYPES = Set.of("numeric", "price", "monetary");
    private static final Set<String> DATE_TYPES = Set.of("date", "date_time", "birthday");

    private final Map<EntityType, Map<Long, ObjectNode>> fields = new EnumMap<>(EntityType.class);
    private final Map<EntityType, List<ObjectNode>> groups = new EnumMap<>(EntityType.class);

    /** Adds a definition; {@code enumValues} become enums with new ids (empty for types without enums). */
    synchronized ObjectNode define(EntityType owner, long id, String name, String code, String type,
                                   List<String> enumValues, IdSequences ids, long accountId) {
        Map<Long, ObjectNode> defs = fields.computeIfAbsent(owner, t -> new LinkedHashMap<>());
        ObjectNode def = Json.object();
        def.put("id", id);
        def.put("name", name);
        def.put("type", type);
        def.put("account_id", accountId);
        if (code == null) {
            def.putNull("code");
        } else {
            def.put("code", code);
        }
        def.put("sort", 500 + 10 * defs.size());
        def.put("is_api_only", false);
        def.put("is_predefined", code != null);
        def.put("is_deletable", code == null);
        def.put("is_visible", true);
        def.put("entity_type", owner.entityName());
        def.putNull("group_id");
        def.putArray("required_statuses");
        def.putNull("remind");
        def.putNull("settings");
        if (enumValues.isEmpty()) {
            def.putNull("enums");
        } else {
            ArrayNode enums = def.putArray("enums");
            for (int i = 0; i < enumValues.size(); i++) {
                enums.addObject().put("id", ids.nextEnum()).put("value", enumValues.get(i)).put("sort", 1 + i);
            }
        }
        defs.put(id, def);
        return def;
    }

    synchronized List<ObjectNode> definitions(EntityType owner) {
        return new ArrayList<>(fields.getOrDefault(owner, Map.of()).values());
    }

    /**
     * Adds a field group {@code {id, name, is_predefined, type, entity_type, sort}} (amoCRM custom-fields reference:
     * string ids such as {@code default} or {@code leads_29741591099841}, {@code type} {@code custom_field_group})
     * and puts the named fields in it ({@code group_id}).
     */
    synchronized ObjectNode defineGroup(EntityType owner, String id, String name, boolean predefined,
                                        List<Long> fieldIds) {
        List<ObjectNode> ownGroups = groups.computeIfAbsent(owner, t -> new ArrayList<>());
        ObjectNode group = Json.object();
        group.put("id", id);
        group.put("name", name);
        group.put("is_predefined", predefined);
        group.put("type", "custom_field_group");
        group.put("entity_type", owner.entityName());
        group.put("sort", ownGroups.size());
        for (long fieldId : fieldIds) {
            fields.get(owner).get(fieldId).put("group_id", id);
        }
        ownGroups.add(group);
        return group;
    }

    synchronized List<ObjectNode> groups(EntityType owner) {
        return new ArrayList<>(groups.getOrDefault(owner, List.of()));
    }

    synchronized void clear() {
        fields.clear();
        groups.clear();
    }

    /**
     * Reports the keys of a write's {@code custom_fields_values} entries and value items that Kommo does not accept
     * ({@code FieldNotExpected}, see {@link CustomFieldValueKeys}); value keys are checked for fields it can resolve.
     */
    void checkKeys(EntityType owner, JsonNode values, Violations violations) {
        if (values == null || !values.isArray()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            JsonNode entry = values.get(i);
            if (!entry.isObject()) {
                continue;
            }
            String path = "custom_fields_values." + i;
            CustomFieldValueKeys.check(entry, CustomFieldValueKeys.ENTRY, path, violations);
            Optional<ObjectNode> def = entry.hasNonNull("field_id") && JsonKind.INT.matches(entry.get("field_id"))
                                                                                                                   ? byId(owner,
                                                                                                                           entry.get(
                                                                                                                                   "field_id")
                                                                                                                                   .asLong())
                                                                                                                   : entry.path(
                                                                                                                           "field_code")
                                                                                                                           .isTextual() ? byCode(owner, entry.get("field_code").asText())
                                                                                                                                        : Optional
                                                                                                                                                .empty();
            JsonNode fieldValues = entry.get("values");
            if (def.isPresent() && fieldValues != null && fieldValues.isArray()) {
                for (int j = 0; j < fieldValues.size(); j++) {
                    if (fieldValues.get(j).isObject()) {
                        CustomFieldValueKeys.check(fieldValues.get(j),
                                CustomFieldValueKeys.of(def.get().get("type").asText()), path + ".values." + j,
                                violations);
                    }
                }
            }
        }
    }

    /** Checks a write's {@code custom_fields_values} (null or missing is fine): field references and value types. */
    void check(EntityType owner, JsonNode values, Violations violations) {
        if (values == null || values.isNull()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String path = "custom_fields_values." + i;
            JsonNode entry = values.get(i);
            if (!entry.isObject()) {
                violations.invalidType(path, JsonKind.OBJECT);
                continue;
            }
            Optional<ObjectNode> def = resolve(owner, entry, path, violations);
            JsonNode fieldValues = entry.get("values");
            if (fieldValues == null) {
                violations.notBlank(path + ".values");
            } else if (fieldValues.isNull()) {
                continue;
            } else if (!fieldValues.isArray()) {
                violations.invalidType(path + ".values", JsonKind.ARRAY);
            } else if (def.isPresent()) {
                for (int j = 0; j < fieldValues.size(); j++) {
                    checkValue(def.get(), fieldValues.get(j), path + ".values." + j, violations);
                }
            }
        }
    }

    private Optional<ObjectNode> resolve(EntityType owner, JsonNode entry, String path, Violations violations) {
        JsonNode id = entry.get("field_id");
        JsonNode code = entry.get("field_code");
        if (id != null && !id.isNull()) {
            if (!JsonKind.INT.matches(id)) {
                violations.invalidType(path + ".field_id", JsonKind.INT);
                return Optional.empty();
            }
            Optional<ObjectNode> def = byId(owner, id.asLong());
            if (def.isEmpty()) {
                violations.notSupportedChoice(path + ".field_id");
            }
            return def;
        }
        if (code != null && !code.isNull()) {
            if (!code.isTextual()) {
                violations.invalidType(path + ".field_code", JsonKind.STRING);
                return Optional.empty();
            }
            Optional<ObjectNode> def = byCode(owner, code.asText());
            if (def.isEmpty()) {
                violations.notSupportedChoice(path + ".field_code");
            }
            return def;
        }
        violations.notBlank(path + ".field_id");
        return Optional.empty();
    }

    private void checkValue(ObjectNode def, JsonNode value, String path, Violations violations) {
        if (!value.isObject()) {
            violations.invalidType(path, JsonKind.OBJECT);
            return;
        }
        String type = def.get("type").asText();
        JsonNode raw = value.get("value");
        boolean missing = raw == null || raw.isNull() || (raw.isTextual() && raw.asText().isBlank());
        if (ENUM_TYPES.contains(type)) {
            checkEnumValue(def, value, type, path, violations);
        } else if (missing) {
            violations.notBlank(path + ".value");
        } else if (NUMBER_TYPES.contains(type)) {
            if (!raw.isNumber() && !(raw.isTextual() && isNumber(raw.asText()))) {
                violations.invalidType(path + ".value", JsonKind.INT);
            }
        } else if ("checkbox".equals(type)) {
            if (!raw.isBoolean()) {
                violations.invalidType(path + ".value", JsonKind.BOOL);
            }
        } else if (DATE_TYPES.contains(type)) {
            if (!JsonKind.INT.matches(raw) && rfc3339Seconds(raw).isEmpty()) {
                violations.invalidType(path + ".value", JsonKind.INT);
            }
        } else if (!raw.isTextual()) {
            violations.invalidType(path + ".value", JsonKind.STRING);
        }
    }

    private void checkEnumValue(ObjectNode def, JsonNode value, String type, String path, Violations violations) {
        JsonNode enumId = value.get("enum_id");
        JsonNode enumCode = value.get("enum_code");
        JsonNode raw = value.get("value");
        if (enumId != null && !enumId.isNull()) {
            if (!JsonKind.INT.matches(enumId)) {
                violations.invalidType(path + ".enum_id", JsonKind.INT);
            } else if (findEnum(def, e -> e.get("id").asLong() == enumId.asLong()).isEmpty()) {
                violations.notSupportedChoice(path + ".enum_id");
            }
        } else if (enumCode != null && !enumCode.isNull()) {
            if (!enumCode.isTextual()) {
                violations.invalidType(path + ".enum_code", JsonKind.STRING);
            } else if (findEnum(def, e -> e.get("value").asText().equals(enumCode.asText())).isEmpty()) {
                violations.notSupportedChoice(path + ".enum_code");
            }
        }
        boolean hasEnum = enumId != null && !enumId.isNull() || enumCode != null && !enumCode.isNull();
        if ("multitext".equals(type)) {
            if (raw == null || raw.isNull() || (raw.isTextual() && raw.asText().isBlank())) {
                violations.notBlank(path + ".value");
            } else if (!raw.isTextual()) {
                violations.invalidType(path + ".value", JsonKind.STRING);
            }
        } else if (!hasEnum) {
            if (raw == null || raw.isNull()) {
                violations.notBlank(path + ".value");
            } else if (!raw.isTextual()) {
                violations.invalidType(path + ".value", JsonKind.STRING);
            } else if (findEnum(def, e -> e.get("value").asText().equals(raw.asText())).isEmpty()) {
                violations.notSupportedChoice(path + ".value");
            }
        }
    }

    /** The stored {@code custom_fields_values} after merging a checked write into the stored ones. */
    JsonNode merge(EntityType owner, JsonNode stored, JsonNode incoming) {
        Map<Long, JsonNode> byField = new LinkedHashMap<>();
        if (stored != null && stored.isArray()) {
            stored.forEach(entry -> byField.put(entry.get("field_id").asLong(), entry));
        }
        for (JsonNode entry : incoming) {
            ObjectNode def = entry.hasNonNull("field_id")
                                                          ? byId(owner, entry.get("field_id").asLong()).orElseThrow()
                                                          : byCode(owner, entry.get("field_code").asText())
                                                                  .orElseThrow();
            long fieldId = def.get("id").asLong();
            if (entry.get("values").isNull() || entry.get("values").isEmpty()) {
                byField.remove(fieldId);
            } else {
                byField.put(fieldId, normalize(def, entry.get("values")));
            }
        }
        if (byField.isEmpty()) {
            return NullNode.getInstance();
        }
        ArrayNode out = Json.array();
        byField.values().forEach(out::add);
        return out;
    }

    private ObjectNode normalize(ObjectNode def, JsonNode values) {
        ObjectNode entry = Json.object();
        entry.put("field_id", def.get("id").asLong());
        entry.put("field_name", def.get("name").asText());
        entry.set("field_code", def.get("code"));
        String type = def.get("type").asText();
        entry.put("field_type", type);
        ArrayNode out = entry.putArray("values");
        for (JsonNode value : values) {
            if (ENUM_TYPES.contains(type)) {
                ObjectNode chosen = chooseEnum(def, value);
                ObjectNode normalized = out.addObject();
                normalized.set("value", "multitext".equals(type) ? value.get("value") : chosen.get("value"));
                normalized.put("enum_id", chosen.get("id").asLong());
                if ("multitext".equals(type)) {
                    normalized.put("enum_code", chosen.get("value").asText());
                } else {
                    normalized.putNull("enum_code");
                }
            } else if (DATE_TYPES.contains(type) && value.get("value").isTextual()) {
                out.addObject().put("value", rfc3339Seconds(value.get("value")).orElseThrow());
            } else {
                out.addObject().set("value", value.get("value"));
            }
        }
        return entry;
    }

    /**
     * A date value given as RFC 3339 text ({@code 2026-05-08T00:00:00+00:00}, what the PHP library's
     * DateCustomFieldValueModel::toApi writes), in unix seconds as Kommo answers every date; empty for anything else.
     * The amoCRM custom-fields reference: "Unix Timestamp отметка или время в формате RFC-3339".
     */
    private static Optional<Long> rfc3339Seconds(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asText()).toEpochSecond());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private ObjectNode chooseEnum(ObjectNode def, JsonNode value) {
        if (value.hasNonNull("enum_id")) {
            long id = value.get("enum_id").asLong();
            return findEnum(def, e -> e.get("id").asLong() == id).orElseThrow();
        }
        if (value.hasNonNull("enum_code")) {
            String code = value.get("enum_code").asText();
            return findEnum(def, e -> e.get("value").asText().equals(code)).orElseThrow();
        }
        if ("multitext".equals(def.get("type").asText())) {
            return (ObjectNode) def.get("enums").get(0);
        }
        String text = value.get("value").asText();
        return findEnum(def, e -> e.get("value").asText().equals(text)).orElseThrow();
    }

    private static Optional<ObjectNode> findEnum(ObjectNode def, Predicate<JsonNode> test) {
        JsonNode enums = def.get("enums");
        if (enums == null || !enums.isArray()) {
            return Optional.empty();
        }
        for (JsonNode e : enums) {
            if (test.test(e)) {
                return Optional.of((ObjectNode) e);
            }
        }
        return Optional.empty();
    }

    synchronized Optional<ObjectNode> byId(EntityType owner, long id) {
        return Optional.ofNullable(fields.getOrDefault(owner, Map.of()).get(id));
    }

    synchronized Optional<ObjectNode> byCode(EntityType owner, String code) {
        return fields.getOrDefault(owner, Map.of()).values().stream()
                .filter(d -> code.equals(Json.textOf(d, "code")))
                .findFirst();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
