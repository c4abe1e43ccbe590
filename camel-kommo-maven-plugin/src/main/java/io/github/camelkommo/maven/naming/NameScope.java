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
package io.github.camelkommo.maven.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names already taken in one generated class. Callers claim names in a fixed order (by id, so the oldest field
 * keeps the plain name and a newer one never renames an older one's constant); a name already taken gets the item's
 * id as suffix ({@code SOURCE_1152167}), and if that is taken too, a counter. Names are compared ignoring case, since
 * some file systems do so for nested class files.
 */
public final class NameScope {

    private final Set<String> taken = new HashSet<>();

    /** A scope where some names are reserved from the start (the class's own name, its methods). */
    public NameScope(String... reserved) {
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Claims a name, or a unique variant of it suffixed with the id. */
    public String claim(String name, long id) {
        String candidate = name;
        if (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = name + "_" + id;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + "_" + id + "_" + n;
            }
        }
        return candidate;
    }
}
