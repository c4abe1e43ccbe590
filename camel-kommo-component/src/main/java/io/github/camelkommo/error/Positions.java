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
package io.github.camelkommo.error;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Input positions as a message shows them: runs of consecutive positions as ranges, {@code 0-249, 260, 262-263}. */
final class Positions {

    private Positions() {
    }

    static String ranges(List<Integer> positions) {
        List<String> runs = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int position : new TreeSet<>(positions)) {
            if (last != null && last >= 0 && position == last + 1) { // -1, an item Kommo named that was not sent, stands alone
                last = position;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = position;
            last = position;
        }
        if (first != null) {
            runs.add(run(first, last));
        }
        return String.join(", ", runs);
    }

    /** {@code item 7} or {@code items 0-249, 260}: the word agrees with how many positions there are. */
    static String items(List<Integer> positions) {
        return (new TreeSet<>(positions).size() == 1 ? "item " : "items ") + ranges(positions);
    }

    private static String run(int first, int last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
