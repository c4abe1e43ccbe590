package io.github.camelkommo.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON binding of Kommo's models: a Jackson {@link ObjectMapper} that reads every shape Kommo really sends
 * (see {@code docs/sandbox.md}, "What Kommo really sends") and writes the models as Kommo names their fields.
 * Use it to bind Kommo JSON the component did not read itself, such as a stored answer.
 */
public final class KommoJson {

    private KommoJson() {
    }

    /** A new mapper configured for Kommo's JSON. */
    public static ObjectMapper newMapper() {
        return TolerantReading.configure(new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    }
}
