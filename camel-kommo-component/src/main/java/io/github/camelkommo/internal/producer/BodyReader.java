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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.CardEntity;
import io.github.camelkommo.model.HasCustomFields;
import io.github.camelkommo.model.KommoModel;

/**
 * Reads the body of a write into JSON objects: a model, a {@code Map}, a {@code List} or array of either, a Jackson
 * node, or JSON text (String, bytes or stream). Anything else fails before a request is sent, naming what is accepted.
 * A model is written as Kommo accepts it (its {@link WriteShape}: no read-only or unknown fields); a {@code Map}, node
 * or JSON text is sent as given, for fields the models do not know.
 */
final class BodyReader {

    /**
     * The items of a body, whether the caller sent one object rather than a collection, and per item the custom
     * field values given by name, by where they stand in the item ({@code ""} for the item itself,
     * {@code /_embedded/contacts/0} for the contact of a complex lead).
     */
    record Items(List<ObjectNode> items, boolean single, List<Map<String, Map<String, Object>>> byName) {
        /** Whether any item gives custom field values by name. */
        boolean namesFields() {
            return byName.stream().anyMatch(m -> !m.isEmpty());
        }
    }

    /** The JSON key under which a Map or JSON body gives custom field values by name. */
    static final String CUSTOM_FIELDS = "customFields";

    private record Item(ObjectNode json, Map<String, Map<String, Object>> byName) {
    }

    private final ObjectMapper mapper;
    private final Class<? extends KommoModel> modelType;
    private final String target;
    private final WriteShape shape;

    /**
     * @param target the endpoint and operation, for messages ({@code kommo:leads create})
     * @param shape  what Kommo accepts of a model in this write
     */
    BodyReader(ObjectMapper mapper, Class<? extends KommoModel> modelType, String target, WriteShape shape) {
        this.mapper = mapper;
        this.modelType = modelType;
        this.target = target;
        this.shape = shape;
    }

    Items read(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("No body to send to " + target + ": " + accepted());
        }
        if (body instanceof String || body instanceof byte[] || body instanceof InputStream) {
            return read(parse(body));
        }
        if (body instanceof JsonNode node && !node.isArray()) {
            return items(List.of(object(node, -1)), true);
        }
        if (body instanceof JsonNode node) {
            List<Object> values = new ArrayList<>();
            node.forEach(values::add);
            return many(values.toArray());
        }
        if (body instanceof Collection<?> collection) {
            return many(collection.toArray());
        }
        if (body instanceof Object[] array) {
            return many(array);
        }
        return items(List.of(object(body, -1)), true);
    }

    private Items many(Object[] values) {
        List<Item> items = new ArrayList<>(values.length);
        for (Object value : values) {
            items.add(object(value, items.size()));
        }
        return items(items, false);
    }

    private static Items items(List<Item> items, boolean single) {
        return new Items(items.stream().map(Item::json).toList(), single, items.stream().map(Item::byName).toList());
    }

    private Item object(Object value, int position) {
        String where = position < 0 ? "The body" : "Item " + position + " of the body";
        if (value instanceof KommoModel model && !modelType.isInstance(model)) {
            throw new IllegalArgumentException(where + " is a " + model.getClass().getSimpleName() + " but " + target
                                               + " takes a " + modelType.getSimpleName());
        }
        if (value instanceof KommoModel model) {
            return new Item((ObjectNode) shape.project(mapper.valueToTree(value)), byName(model));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            Object named = copy.remove(CUSTOM_FIELDS);
            return new Item(mapper.valueToTree(copy), named == null ? Map.of() : Map.of("", names(named, where)));
        }
        if (value instanceof ObjectNode node) {
            ObjectNode copy = node.deepCopy();
            JsonNode named = copy.remove(CUSTOM_FIELDS);
            return new Item(copy,
                    named == null ? Map.of() : Map.of("", names(mapper.convertValue(named, Map.class), where)));
        }
        if (value instanceof String || value instanceof byte[]) {
            JsonNode node = parse(value);
            if (node instanceof ObjectNode object) {
                return object(object, position);
            }
        }
        throw new IllegalArgumentException(where + " of type " + (value == null ? "null" : value.getClass().getName())
                                           + " cannot be sent to " + target + ": " + accepted());
    }

    /** A model's custom field values by name, and those of the contact and company a complex lead embeds. */
    private static Map<String, Map<String, Object>> byName(KommoModel model) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        if (model instanceof HasCustomFields named && named.getCustomFields() != null
            && !named.getCustomFields().isEmpty()) {
            byName.put("", named.getCustomFields());
        }
        if (model instanceof CardEntity card && card.getEmbedded() != null) {
            embedded(card.getEmbedded().getContacts(), "/_embedded/contacts/", byName);
            embedded(card.getEmbedded().getCompanies(), "/_embedded/companies/", byName);
        }
        return byName;
    }

    private static void embedded(List<? extends CardEntity> cards, String pointer,
                                 Map<String, Map<String, Object>> byName) {
        for (int i = 0; cards != null && i < cards.size(); i++) {
            Map<String, Object> fields = cards.get(i).getCustomFields();
            if (fields != null && !fields.isEmpty()) {
                byName.put(pointer + i, fields);
            }
        }
    }

    private static Map<String, Object> names(Object named, String where) {
        if (!(named instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " gives " + CUSTOM_FIELDS + " as a " + named.getClass().getName()
                                               + "; give a Map of custom field name or code to value");
        }
        Map<String, Object> names = new LinkedHashMap<>();
        map.forEach((k, v) -> names.put(String.valueOf(k), v));
        return names;
    }

    private JsonNode parse(Object text) {
        try {
            JsonNode node = text instanceof String s ? mapper.readTree(s)
                                                     : text instanceof byte[] b ? mapper.readTree(b)
                                                                                : mapper.readTree((InputStream) text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("The body sent to " + target + " is empty: " + accepted());
            }
            if (!node.isObject() && !node.isArray()) {
                throw new IllegalArgumentException("The JSON body sent to " + target + " is a " + node.getNodeType()
                                                   + ": " + accepted());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body sent to " + target + " is not valid JSON: "
                                               + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                                               + ", column " + e.getLocation().getColumnNr(),
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body sent to " + target + " could not be read: " + e.getMessage(),
                    e);
        }
    }

    private String accepted() {
        return "send a " + modelType.getSimpleName()
               + ", a Map, a List of either, or JSON text of an object or an array";
    }
}
