package io.github.camelkommo.model;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /** Reads unix seconds (a number, or a numeric string as webhooks send) into an {@link Instant}. */
    public static final class Deserializer extends StdDeserializer<Instant> {
        public Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                return text.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(text));
            }
            return Instant.ofEpochSecond(p.getLongValue());
        }
    }
}
