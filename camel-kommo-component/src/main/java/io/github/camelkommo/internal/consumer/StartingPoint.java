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
package io.github.camelkommo.internal.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the consumer's {@code modifiedSince} option: {@code now}, {@code beginning}, ISO-8601 or unix seconds. */
final class StartingPoint {

    private StartingPoint() {
    }

    static Watermark of(String modifiedSince, Instant now) {
        String text = modifiedSince == null ? "now" : modifiedSince.trim();
        if (text.equalsIgnoreCase("now")) {
            return Watermark.at(now.getEpochSecond());
        }
        if (text.equalsIgnoreCase("beginning")) {
            return Watermark.at(Watermark.BEGINNING);
        }
        if (text.matches("\\d+")) {
            return Watermark.at(Long.parseLong(text));
        }
        try {
            return Watermark.at(Instant.parse(text).getEpochSecond());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid modifiedSince '" + modifiedSince + "': use now, beginning, an "
                                               + "ISO-8601 instant such as 2026-01-31T10:15:30Z, or unix seconds");
        }
    }
}
