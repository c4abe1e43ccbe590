package io.github.camelkommo.producer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.KommoModel;

/**
 * Reads the body of a write into JSON objects: a model, a {@code Map}, a {@code List} or array of either, a Jackson
 * node, or JSON text (String, bytes or stream). Anything else fails before a request is sent, naming what is accepted.
 * A model is written as Kommo accepts it (its {@link WriteShape}: no read-only or unknown fields); a {@code Map}, node
 * or JSON text is sent as given, for fields the models do not know.
 */
final class BodyReader {

    /** The items of a body, and whether the caller sent one object rather than a collection. */
    record Items(List<ObjectNode> items, boolean single) {
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
        if (body instanceof JsonNode node) {
            if (node.isArray()) {
                List<ObjectNode> items = new ArrayList<>();
                for (JsonNode item : node) {
                    items.add(object(item, items.size()));
                }
                return new Items(items, false);
            }
            return new Items(List.of(object(node, -1)), true);
        }
        if (body instanceof Collection<?> collection) {
            return many(collection.toArray());
        }
        if (body instanceof Object[] array) {
            return many(array);
        }
        return new Items(List.of(object(body, -1)), true);
    }

    private Items many(Object[] values) {
        List<ObjectNode> items = new ArrayList<>(values.length);
        for (Object value : values) {
            items.add(object(value, items.size()));
        }
        return new Items(items, false);
    }

    private ObjectNode object(Object value, int position) {
        String where = position < 0 ? "The body" : "Item " + position + " of the body";
        if (value instanceof KommoModel model && !modelType.isInstance(model)) {
            throw new IllegalArgumentException(where + " is a " + model.getClass().getSimpleName() + " but " + target
                                               + " takes a " + modelType.getSimpleName());
        }
        if (value instanceof KommoModel) {
            return (ObjectNode) shape.project(mapper.valueToTree(value));
        }
        if (value instanceof Map<?, ?>) {
            return mapper.valueToTree(value);
        }
        if (value instanceof ObjectNode node) {
            return node;
        }
        if (value instanceof String || value instanceof byte[]) {
            JsonNode node = parse(value);
            if (node instanceof ObjectNode object) {
                return object;
            }
        }
        throw new IllegalArgumentException(where + " of type " + (value == null ? "null" : value.getClass().getName())
                                           + " cannot be sent to " + target + ": " + accepted());
    }

    private JsonNode parse(Object text) {
        try {
            JsonNode node = text instanceof String s ? mapper.readTree(s)
                    : text instanceof byte[] b ? mapper.readTree(b) : mapper.readTree((InputStream) text);
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
                                               + ", column " + e.getLocation().getColumnNr(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The body sent to " + target + " could not be read: " + e.getMessage(), e);
        }
    }

    private String accepted() {
        return "send a " + modelType.getSimpleName() + ", a Map, a List of either, or JSON text of an object or an array";
    }
}
