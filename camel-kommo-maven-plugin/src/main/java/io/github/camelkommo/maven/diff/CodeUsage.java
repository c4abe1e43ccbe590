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
package io.github.camelkommo.maven.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the code uses a schema item: a generated constant ({@code LeadFields.SOURCE.WEB}, spaces around the dots
 * allowed) or, for custom fields and options, the item's name as a whole string literal ({@code "Source"}). Reads
 * the Java, Kotlin, Groovy and YAML sources below the given roots once.
 */
public final class CodeUsage {

    private record Line(Path file, int number, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Path base;

    /** The sources below these roots (missing roots are skipped); places are given relative to base. */
    public CodeUsage(Path base, List<Path> roots) {
        this.base = base.toAbsolutePath();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().matches(".*\\.(java|kt|groovy|ya?ml)$")).sorted().forEach(this::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void read(Path file) {
        try {
            List<String> text = Files.readAllLines(file);
            for (int i = 0; i < text.size(); i++) {
                lines.add(new Line(file, i + 1, text.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The first place ({@code file:line}) that uses a change's item, if any. */
    public Optional<String> firstUse(SchemaChange change) {
        List<Pattern> patterns = new ArrayList<>();
        if (change.reference() != null) {
            patterns.add(Pattern.compile("\\b" + String.join("\\s*\\.\\s*",
                    Stream.of(change.reference().split("\\.")).map(Pattern::quote).toList()) + "\\b"));
        }
        if (change.name() != null && !change.name().isBlank()) {
            patterns.add(Pattern.compile("\"" + Pattern.quote(change.name()) + "\"", Pattern.CASE_INSENSITIVE));
        }
        return lines.stream().filter(line -> patterns.stream().anyMatch(p -> p.matcher(line.text()).find()))
                .findFirst().map(line -> place(line.file()) + ":" + line.number());
    }

    private String place(Path file) {
        Path absolute = file.toAbsolutePath();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
