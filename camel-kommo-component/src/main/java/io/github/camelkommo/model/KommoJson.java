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
