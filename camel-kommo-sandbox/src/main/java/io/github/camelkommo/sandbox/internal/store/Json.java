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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sandbox's one JSON mapper and small helpers for building and reading trees. */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Serializes a tree to UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a JSON tree", e);
        }
    }

    /** Writes JSON with a streaming generator and returns the UTF-8 bytes. */
    public static byte[] write(Writer writer) {
        ByteArrayBuilder out = new ByteArrayBuilder(2_048);
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON", e);
        }
        return out.toByteArray();
    }

    /** Writes a tree node (scalars, arrays, objects) without going through the mapper's serializer lookup. */
    public static void writeNode(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    writeNode(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    writeNode(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NUMBER -> {
                if (node.canConvertToLong() && node.isIntegralNumber()) {
                    generator.writeNumber(node.longValue());
                } else {
                    generator.writeNumber(node.decimalValue());
                }
            }
            default -> generator.writeNull();
        }
    }

    /** Writes {@code "_links":{"self":{"href":href}}}. */
    public static void writeSelfLink(JsonGenerator generator, String href) throws IOException {
        generator.writeObjectFieldStart("_links");
        generator.writeObjectFieldStart("self");
        generator.writeStringField("href", href);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /** Something that writes JSON to a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator generator) throws IOException;
    }

    /** The long value of an integral field, or {@code fallback} when it is missing, null or not integral. */
    public static long longOf(JsonNode node, String field, long fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? value.asLong() : fallback;
    }

    /** The text of a field, or {@code null} when it is missing or not text. */
    public static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A {@code {"self":{"href":href}}} links object. */
    public static ObjectNode selfLink(String href) {
        ObjectNode links = object();
        links.putObject("self").put("href", href);
        return links;
    }
}
