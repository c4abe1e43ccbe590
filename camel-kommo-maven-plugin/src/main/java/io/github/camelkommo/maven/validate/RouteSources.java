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
package io.github.camelkommo.maven.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code kommo:} endpoints of route sources: in Java (and Kotlin, Groovy) every string literal that starts
 * with {@code kommo:} and holds no white space; in YAML every {@code kommo:} value of a key ({@code uri}, {@code to}, {@code from}, ...),
 * with the options of a {@code parameters:} block beside it. A literal cut short by concatenation
 * ({@code "kommo:leads?operation=" + op}) keeps its static part.
 */
public final class RouteSources {

    /** A string literal holding a URI: no white space, so messages that mention kommo: are not taken for one. */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"(kommo:(?:[^\"\\\\\\s]|\\\\.)*)\"");
    private static final Pattern YAML_URI = Pattern.compile(
            "^(\\s*(?:-\\s+)?)([A-Za-z]+)\\s*:\\s*[\"']?(kommo:[^\\s\"'#]+)");
    private static final Pattern YAML_ENTRY = Pattern.compile("^(\\s*)([A-Za-z0-9_.\\-]+)\\s*:\\s*(.*?)\\s*$");

    private RouteSources() {
    }

    /** The kommo URIs of every source file below the roots (missing roots are skipped), in file order. */
    public static List<KommoUri> scan(List<Path> roots) throws IOException {
        List<KommoUri> uris = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = file.getFileName().toString();
                    if (name.matches(".*\\.(java|kt|groovy)$")) {
                        uris.addAll(code(file, Files.readAllLines(file)));
                    } else if (name.matches(".*\\.ya?ml$")) {
                        uris.addAll(yaml(file, Files.readAllLines(file)));
                    }
                }
            }
        }
        return uris;
    }

    static List<KommoUri> code(Path file, List<String> lines) {
        List<KommoUri> uris = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher literal = CODE_LITERAL.matcher(lines.get(i));
            while (literal.find()) {
                uris.add(KommoUri.parse(file, i + 1, literal.group(1).replace("\\\"", "\"")));
            }
        }
        return uris;
    }

    static List<KommoUri> yaml(Path file, List<String> lines) {
        List<KommoUri> uris = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher uri = YAML_URI.matcher(lines.get(i));
            if (!uri.find()) {
                continue;
            }
            KommoUri found = KommoUri.parse(file, i + 1, uri.group(3));
            int indent = uri.group(1).length();
            parameters(lines, i + 1, indent, found);
            uris.add(found);
        }
        return uris;
    }

    /** The options of a {@code parameters:} block at the URI key's indent, among the lines after it. */
    private static void parameters(List<String> lines, int from, int indent, KommoUri uri) {
        for (int i = from; i < lines.size(); i++) {
            Matcher entry = YAML_ENTRY.matcher(lines.get(i));
            if (lines.get(i).isBlank() || lines.get(i).trim().startsWith("#")) {
                continue;
            }
            if (!entry.matches() || entry.group(1).length() != indent) {
                return;
            }
            if (entry.group(2).equals("parameters")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    Matcher option = YAML_ENTRY.matcher(lines.get(j));
                    if (lines.get(j).isBlank() || lines.get(j).trim().startsWith("#")) {
                        continue;
                    }
                    if (!option.matches() || option.group(1).length() <= indent) {
                        return;
                    }
                    uri.put(option.group(2), unquote(option.group(3)), j + 1);
                }
                return;
            }
        }
    }

    private static String unquote(String value) {
        String v = value.replaceAll("\\s+#.*$", "");
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                                                                                                                   ? v.substring(
                                                                                                                           1,
                                                                                                                           v.length()
                                                                                                                              - 1)
                                                                                                                   : v;
    }
}
