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
package io.github.camelkommo.model;

/**
 * A custom field as code names it, typically a constant generated from an account's schema
 * ({@code LeadFields.BUDGET}): usable wherever a field name is, in {@link CardEntity#field(FieldHandle, Object)} and
 * {@link CardEntity#field(FieldHandle)}, so that a misspelt field fails compilation instead of a run.
 */
public interface FieldHandle {

    /** The field's id in the account. */
    long fieldId();

    /** The field's name, as users see it. */
    String fieldName();

    /** The field's type: text, numeric, select, multiselect, multitext, date, ... */
    String fieldType();
}
