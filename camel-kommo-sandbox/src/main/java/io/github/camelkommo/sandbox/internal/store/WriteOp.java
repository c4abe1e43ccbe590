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

/** The kind of write an item belongs to; some keys are accepted by Kommo only in some of them. */
public enum WriteOp {
    /** An item of {@code POST /api/v4/<entity>} (and the lead of a complex add). */
    CREATE,
    /** An item of {@code PATCH /api/v4/<entity>} or the body of {@code PATCH /api/v4/<entity>/{id}}. */
    UPDATE,
    /** The contact or company embedded in a lead of {@code POST /api/v4/leads/complex}. */
    COMPLEX_PART
}
