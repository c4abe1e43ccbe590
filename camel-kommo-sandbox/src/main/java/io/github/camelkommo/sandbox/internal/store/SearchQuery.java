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

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code query} search of the lists of leads, contacts and companies, read strictly where the sources are silent
 * (docs/sandbox.md, "Search: query and custom field filters"):
 * <ul>
 * <li>the text occurs, as given (case-sensitive, no minimum length), in {@code name}, {@code first_name},
 * {@code last_name} or the text of any custom field value ("searches the filled fields");</li>
 * <li>a query made of digits only also matches a value of the {@code PHONE} field whose digits contain it, so
 * {@code 79991234567} finds {@code +7 (999) 123-45-67}; {@code 8} and {@code +7} are not told equal, so
 * {@code 89991234567} does not;</li>
 * <li>the id is not searched.</li>
 * </ul>
 */
public final class SearchQuery {

    private static final List<String> NAME_FIELDS = List.of("name", "first_name", "last_name");
    private static final String PHONE_CODE = "PHONE";

    private SearchQuery() {
    }

    /** The predicate of {@code query} (already decoded; surrounding blanks are dropped). */
    public static Predicate<ObjectNode> of(String query) {
        String needle = query.trim();
        boolean digits = needle.chars().allMatch(SearchQuery::isDigit);
        return n -> {
            for (String field : NAME_FIELDS) {
                String text = Json.textOf(n, field);
                if (text != null && text.contains(needle)) {
                    return true;
                }
            }
            for (JsonNode field : n.path("custom_fields_values")) {
                boolean phone = PHONE_CODE.equals(field.path("field_code").asText());
                for (JsonNode value : field.path("values")) {
                    String text = value.path("value").asText();
                    if (text.contains(needle) || digits && phone && digitsOf(text).contains(needle)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static String digitsOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(SearchQuery::isDigit).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
