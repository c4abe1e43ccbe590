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
package io.github.camelkommo.maven.diff;

/**
 * One difference between the committed snapshot and the live account.
 *
 * @param breaking    whether code using the item may break or silently do something else (removed, renamed, type
 *                    changed); additions are not
 * @param description what changed, with names and ids
 * @param reference   the generated constant that names the item ({@code LeadFields.SOURCE.WEB}), looked for in
 *                    the code
 * @param name        the item's name in the snapshot, also looked for in the code as a string literal (custom fields
 *                    given by name), or null
 */
public record SchemaChange(boolean breaking, String description, String reference, String name) {
}
