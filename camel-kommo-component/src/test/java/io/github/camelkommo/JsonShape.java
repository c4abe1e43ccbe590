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
package io.github.camelkommo;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a JSON value as the keys it has and the JSON type of each ({@code name:string},
 * {@code _embedded.tags[].id:integer}), for comparing what this component writes with what the official PHP library's
 * {@code toApi()} writes. A key whose value is null is left out: the library writes every key of its model and null
 * for those not set, which says the same as leaving them out.
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** {@code path:type} of every non-null leaf, and of every empty object or array. */
    public static SortedSet<String> of(JsonNode node) {
        SortedSet<String> shape = new TreeSet<>();
        collect(node, "", shape);
        return shape;
    }

    private static void collect(JsonNode node, String path, SortedSet<String> shape) {
        if (node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), shape);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(item -> collect(item, path + "[]", shape));
        } else {
            shape.add(path + ":" + type(node));
        }
    }

    private static String type(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }
}
