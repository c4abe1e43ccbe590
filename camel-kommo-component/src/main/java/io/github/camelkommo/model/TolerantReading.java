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
package io.github.camelkommo.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * What makes {@link KommoJson}'s mapper read the shapes Kommo's PHP back end really sends, beside the documented
 * ones:
 * <ul>
 * <li>an empty object sent as an empty array ({@code "result": []}): null for a model, an empty map for a map;</li>
 * <li>a list sent as an object keyed by position ({@code {"0": {...}, "1": {...}}}, a PHP array with gaps): its
 * values, in order;</li>
 * <li>numbers and booleans sent as strings, booleans as {@code 0}/{@code 1}, and {@code false} or {@code ""} for
 * a missing number: read as the value they stand for, or null.</li>
 * </ul>
 * Unknown fields are kept by {@link KommoModel}.
 */
final class TolerantReading {

    private TolerantReading() {
    }

    static ObjectMapper configure(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsNull)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        mapper.coercionConfigFor(LogicalType.Map).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsEmpty)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        SimpleModule module = new SimpleModule("kommo-tolerant-reading");
        module.addDeserializer(Boolean.class, new LenientBoolean());
        module.addDeserializer(Long.class, new LenientNumber<>(Long.class, JsonNode::asLong));
        module.addDeserializer(Integer.class, new LenientNumber<>(Integer.class, JsonNode::asInt));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description,
                                                                    JsonDeserializer<?> deserializer) {
                return new ListFromObject(deserializer);
            }
        });
        return mapper.registerModule(module);
    }

    /** {@code true}/{@code false}, {@code 1}/{@code 0}, and the same as strings; {@code ""} is null. */
    static final class LenientBoolean extends StdDeserializer<Boolean> {
        LenientBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_TRUE :
                    return Boolean.TRUE;
                case VALUE_FALSE :
                    return Boolean.FALSE;
                case VALUE_NUMBER_INT :
                    return p.getLongValue() != 0;
                case VALUE_STRING :
                    String text = p.getText().trim();
                    if (text.isEmpty()) {
                        return null;
                    }
                    if (text.equals("1") || text.equalsIgnoreCase("true")) {
                        return Boolean.TRUE;
                    }
                    if (text.equals("0") || text.equalsIgnoreCase("false")) {
                        return Boolean.FALSE;
                    }
                    break;
                default :
                    break;
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }

    /** A whole number, also as a string or a float; {@code ""} and {@code false} are null, {@code true} is 1. */
    static final class LenientNumber<T extends Number> extends StdDeserializer<T> {
        private final Function<JsonNode, ? extends Number> convert;

        LenientNumber(Class<T> type, Function<JsonNode, ? extends Number> convert) {
            super(type);
            this.convert = convert;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_FALSE) {
                return null;
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE) {
                return (T) convert.apply(ctxt.readTree(p));
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                if (text.matches("[-+]?\\d+(\\.\\d+)?")) {
                    return (T) convert.apply(ctxt.getNodeFactory().numberNode(new BigDecimal(text)));
                }
            }
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
    }

    /** Reads a list that PHP sent as an object keyed by position as the list of its values. */
    static final class ListFromObject extends StdDeserializer<Object> implements ContextualDeserializer {
        private final JsonDeserializer<?> delegate;

        ListFromObject(JsonDeserializer<?> delegate) {
            super(Object.class);
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                                                                                          ? c.createContextual(ctxt,
                                                                                                  property)
                                                                                          : delegate;
            return new ListFromObject(contextual);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return delegate.deserialize(p, ctxt);
            }
            JsonNode object = ctxt.readTree(p);
            List<JsonNode> values = new ArrayList<>();
            object.forEach(values::add);
            try (TokenBuffer buffer = ctxt.bufferForInputBuffering(p)) {
                buffer.writeTree(ctxt.getNodeFactory().arrayNode().addAll(values));
                JsonParser array = buffer.asParser(p.getCodec());
                array.nextToken();
                return delegate.deserialize(array, ctxt);
            }
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return delegate.getNullValue(ctxt);
        }
    }
}
