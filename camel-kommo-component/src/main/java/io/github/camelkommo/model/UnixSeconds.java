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
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** Jackson binding of Kommo's timestamps: {@link Instant} in Java, unix seconds on the wire. */
public final class UnixSeconds {

    private UnixSeconds() {
    }

    /** Writes an {@link Instant} as whole unix seconds. */
    public static final class Serializer extends StdSerializer<Instant> {
        public Serializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.getEpochSecond());
        }
    }

    /**
     * Reads unix seconds: a number, or a numeric string as webhooks send; {@code ""}, {@code false} and {@code 0}
     * (PHP's "no date") are null.
     */
    public static final class Deserializer extends StdDeserializer<Instant> {
        public Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            long seconds;
            switch (p.currentToken()) {
                case VALUE_NUMBER_INT :
                case VALUE_NUMBER_FLOAT :
                    seconds = p.getValueAsLong();
                    break;
                case VALUE_STRING :
                    String text = p.getText().trim();
                    if (text.isEmpty()) {
                        return null;
                    }
                    if (!text.matches("\\d+(\\.\\d+)?")) {
                        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                                "expected unix seconds");
                    }
                    seconds = new BigDecimal(text).longValue();
                    break;
                case VALUE_FALSE :
                    return null;
                default :
                    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
        }
    }
}
