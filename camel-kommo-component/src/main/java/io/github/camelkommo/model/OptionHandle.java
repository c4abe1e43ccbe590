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
 * An option of a select-like custom field as code names it, typically a constant generated from an account's schema
 * ({@code LeadFields.SOURCE.WEB}, {@code ContactFields.PHONE.WORK}): usable as the value of a select, radio button or
 * multiselect, or as the enum code of a phone or e-mail.
 */
public interface OptionHandle {

    /** The option's id (its {@code enum_id}). */
    long optionId();

    /** Its label, or for phones and e-mails its code (WORK, MOB, ...). */
    String label();
}
