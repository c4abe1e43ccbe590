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
package io.github.camelkommo.maven.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes the snapshot file: pretty JSON with LF line ends, stable for a diff in review. */
public final class SchemaFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SchemaFile() {
    }

    /** Writes a schema, creating the directories it needs. */
    public static void write(AccountSchema schema, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, MAPPER.writer(printer).writeValueAsString(schema) + "\n");
    }

    /**
     * Reads a schema.
     *
     * @throws IOException naming the file when it is missing or is no snapshot
     */
    public static AccountSchema read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No Kommo schema snapshot at " + file + ": write one with the snapshot goal "
                                  + "(mvn camel-kommo:snapshot), or read the live account with -Dkommo.live=true");
        }
        try {
            return MAPPER.readValue(file.toFile(), AccountSchema.class);
        } catch (IOException e) {
            throw new IOException(file + " is not a Kommo schema snapshot: " + e.getMessage(), e);
        }
    }
}
