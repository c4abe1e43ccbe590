package io.github.camelkommo.sandbox.store;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tag write ({@code POST /api/v4/<entity>/tags}): {@code name} (required), {@code color} (a hex string without
 * {@code #}, as in the amoCRM tags example {@code DDEBB5}) and {@code request_id}; any other key is
 * {@code FieldNotExpected}.
 */
final class TagRules {

    private static final Set<String> KEYS = Set.of("name", "color", "request_id");

    private TagRules() {
    }

    static void check(ObjectNode item, Violations violations) {
        CustomFieldValueKeys.check(item, KEYS, "", violations);
        References.checkRequiredText(item.get("name"), "name", violations);
        JsonNode color = item.get("color");
        if (color != null && !color.isNull() && (!color.isTextual() || !color.asText().matches("[0-9A-Fa-f]{6}"))) {
            violations.invalidType("color", JsonKind.STRING);
        }
    }
}
