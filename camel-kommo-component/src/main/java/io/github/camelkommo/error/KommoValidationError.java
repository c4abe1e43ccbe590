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

/**
 * One field Kommo refused in a batch write.
 *
 * @param position  the item's 0-based position in the caller's input (across all chunks of a bulk write), or -1
 *                  when Kommo named an item this client did not send
 * @param requestId the {@code request_id} Kommo echoed for the item
 * @param code      Kommo's error code, e.g. {@code NotSupportedChoice}
 * @param path      the field path inside the item, e.g. {@code custom_fields_values.0.field_id}
 * @param detail    Kommo's explanation
 */
public record KommoValidationError(int position, String requestId, String code, String path, String detail) {

    @Override
    public String toString() {
        return "item " + position + " " + path + ": " + code + " (" + detail + ")";
    }
}
