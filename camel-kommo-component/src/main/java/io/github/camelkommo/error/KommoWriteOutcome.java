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

import java.util.List;

/**
 * What a bulk write had done when one of its requests failed: the results of the items Kommo stored (in input order,
 * each with its id) and the input positions of the items that were not written or whose fate is unknown.
 *
 * @param written    results of the items that were stored
 * @param notWritten input positions (0-based) of the items that were not stored
 * @param uncertain  input positions of items whose request failed after it may have reached Kommo (a timeout or a
 *                   504 on a write): check before writing them again
 */
public record KommoWriteOutcome(List<?> written, List<Integer> notWritten, List<Integer> uncertain) {

    public KommoWriteOutcome {
        written = List.copyOf(written);
        notWritten = List.copyOf(notWritten);
        uncertain = List.copyOf(uncertain);
    }

    String summary() {
        return written.size() + " item(s) written, " + notWritten.size() + " not written"
               + (uncertain.isEmpty() ? "" : ", " + uncertain.size() + " uncertain at input positions "
                                             + Positions.ranges(uncertain));
    }
}
