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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

/**
 * Java identifiers from the names users give in Kommo, deterministically:
 * <ol>
 * <li>the name in Latin letters ({@link Transliteration}: Бюджет → Byudzhet, Café → Cafe);</li>
 * <li>split into words at anything that is no ASCII letter or digit, and where a lower-case letter or digit meets an
 * upper-case one (MeetingAt → Meeting, At);</li>
 * <li>a constant is the words in upper case joined by {@code _} (Expected delivery → EXPECTED_DELIVERY), a class
 * name the words capitalised and joined (Expected delivery → ExpectedDelivery);</li>
 * <li>a name with no letter or digit left takes the fallback the caller gives ({@code FIELD_1152165}); one that
 * starts with a digit gets a leading {@code _} ({@code _2ND_PHONE}); a class name that is a Java keyword or clashes
 * gets a suffix from the caller.</li>
 * </ol>
 * Names that come out equal within one class are told apart by {@link NameScope}.
 */
public final class JavaNames {

    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private JavaNames() {
    }

    /** The words of a name, in Latin letters; empty when nothing usable is left. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        for (String part : SEPARATORS.split(Transliteration.toLatin(name))) {
            for (String word : CAMEL_BOUNDARY.split(part)) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** A constant name ({@code UPPER_SNAKE}) for a Kommo name, or the fallback when it has no usable letters. */
    public static String constant(String name, String fallback) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return fallback;
        }
        String constant = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isDigit(constant.charAt(0)) ? "_" + constant : constant;
    }

    /** A class name ({@code UpperCamel}) for a Kommo name, or the fallback when it has no usable letters. */
    public static String className(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        if (out.isEmpty()) {
            return fallback;
        }
        String className = Character.isDigit(out.charAt(0)) ? "_" + out : out.toString();
        return SourceVersion.isName(className) ? className : fallback;
    }
}
