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
package io.github.camelkommo.internal.producer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The keys Kommo accepts in one object of a write body, as a tree. Projecting a model's JSON through it keeps those
 * keys and drops every other (read-only fields, links, unknown fields), because Kommo validates write bodies as closed
 * collections and answers {@code FieldNotExpected} for any key it does not take.
 */
final class WriteShape {

    private final Map<String, UnaryOperator<JsonNode>> keys;
    private final Consumer<ObjectNode> finish;

    private WriteShape(Map<String, UnaryOperator<JsonNode>> keys, Consumer<ObjectNode> finish) {
        this.keys = keys;
        this.finish = finish;
    }

    private WriteShape(Map<String, UnaryOperator<JsonNode>> keys) {
        this(keys, object -> {
        });
    }

    /** This shape, and a last step on each projected object (a rule between its keys). */
    WriteShape finishing(Consumer<ObjectNode> step) {
        return new WriteShape(keys, finish.andThen(step));
    }

    /** An object whose given keys are kept with their values as they are. */
    static WriteShape of(String... keys) {
        return new WriteShape(Map.of()).and(keys);
    }

    /** This shape and more keys kept as they are. */
    WriteShape and(String... more) {
        Map<String, UnaryOperator<JsonNode>> map = new LinkedHashMap<>(keys);
        for (String key : more) {
            map.put(key, UnaryOperator.identity());
        }
        return new WriteShape(map, finish);
    }

    /** This shape and an object under {@code key}, projected through {@code nested}. */
    WriteShape with(String key, WriteShape nested) {
        return plus(key, nested::project);
    }

    /** This shape and an array of objects under {@code key}, each projected through {@code item}. */
    WriteShape withEach(String key, WriteShape item) {
        return withEach(key, node -> item);
    }

    /** This shape and an array of objects under {@code key}, each projected through the shape its content chooses. */
    WriteShape withEach(String key, Function<JsonNode, WriteShape> itemShape) {
        return plus(key, array -> {
            if (!array.isArray()) {
                return array;
            }
            ArrayNode projected = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> projected.add(itemShape.apply(item).project(item)));
            return projected;
        });
    }

    /** This shape less some keys. */
    WriteShape without(String... removed) {
        Map<String, UnaryOperator<JsonNode>> map = new LinkedHashMap<>(keys);
        for (String key : removed) {
            map.remove(key);
        }
        return new WriteShape(map, finish);
    }

    private WriteShape plus(String key, UnaryOperator<JsonNode> projection) {
        Map<String, UnaryOperator<JsonNode>> map = new LinkedHashMap<>(keys);
        map.put(key, projection);
        return new WriteShape(map, finish);
    }

    /** The object with only the keys this shape accepts, recursively; anything but an object is kept as it is. */
    JsonNode project(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode projected = JsonNodeFactory.instance.objectNode();
        node.properties().forEach(field -> {
            UnaryOperator<JsonNode> projection = keys.get(field.getKey());
            if (projection != null) {
                projected.set(field.getKey(), projection.apply(field.getValue()));
            }
        });
        finish.accept(projected);
        return projected;
    }
}
