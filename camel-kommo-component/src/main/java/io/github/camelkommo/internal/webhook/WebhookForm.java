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
package io.github.camelkommo.internal.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kommo's webhook body, {@code application/x-www-form-urlencoded} with PHP-style bracket keys
 * ({@code leads[status][0][id]=25399013&account[subdomain]=acme}), as a JSON tree: every value a string, as sent;
 * an object whose keys are exactly {@code 0..n-1} becomes an array, as PHP's {@code $_POST} reads it.
 */
public final class WebhookForm {

    private WebhookForm() {
    }

    /** The form as a tree; a key without brackets is a top-level field. */
    public static ObjectNode parse(String form) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (form == null || form.isBlank()) {
            return root;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(root, path(key), value);
        }
        return (ObjectNode) arrays(root);
    }

    /** {@code leads[status][0][id]} → leads, status, 0, id; {@code tags[]} appends. */
    static List<String> path(String key) {
        List<String> parts = new ArrayList<>();
        int open = key.indexOf('[');
        if (open < 0) {
            parts.add(key);
            return parts;
        }
        parts.add(key.substring(0, open));
        int i = open;
        while (i < key.length() && key.charAt(i) == '[') {
            int close = key.indexOf(']', i);
            if (close < 0) {
                break;
            }
            parts.add(key.substring(i + 1, close));
            i = close + 1;
        }
        return parts;
    }

    private static void put(ObjectNode root, List<String> path, String value) {
        ObjectNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String part = path.get(i).isEmpty() ? String.valueOf(node.size()) : path.get(i);
            JsonNode child = node.get(part);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(part); // a later key wins over an earlier scalar, as in PHP
            }
            node = (ObjectNode) child;
        }
        String last = path.get(path.size() - 1);
        node.put(last.isEmpty() ? String.valueOf(node.size()) : last, value);
    }

    private static JsonNode arrays(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        boolean sequence = object.size() > 0;
        int index = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); index++) {
            if (!names.next().equals(String.valueOf(index))) {
                sequence = false;
            }
        }
        if (sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            object.elements().forEachRemaining(child -> array.add(arrays(child)));
            return array;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), arrays(field.getValue()));
        }
        return copy;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
