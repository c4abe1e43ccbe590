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

import java.text.Normalizer;
import java.util.Map;

/**
 * Latin letters for a name: Cyrillic (Russian, Ukrainian, Belarusian and Kazakh letters) by a fixed table close to the
 * Russian passport standard (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya; ъ and ь dropped), other letters by
 * dropping their accents (é e, ñ n, ß ss). What is left that is no ASCII letter or digit is kept, for the caller to
 * treat as a separator.
 */
public final class Transliteration {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Ukrainian, Belarusian, Kazakh
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('ў', "u"),
            Map.entry('ә', "a"), Map.entry('ғ', "gh"), Map.entry('қ', "q"), Map.entry('ң', "ng"), Map.entry('ө', "o"),
            Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"));

    private Transliteration() {
    }

    /** The name in Latin letters; case is kept where the source letter has one. */
    public static String toLatin(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String latin = CYRILLIC.get(Character.toLowerCase(c));
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin.substring(1));
            } else {
                out.append(latin);
            }
        }
        String decomposed = Normalizer.normalize(out.toString().replace("ß", "ss").replace("æ", "ae")
                .replace("Æ", "AE").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L"),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
