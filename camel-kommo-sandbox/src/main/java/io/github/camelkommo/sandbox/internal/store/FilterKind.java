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

import java.util.regex.Pattern;

/**
 * How a {@code filter[...]} list parameter matches, and which bracket suffixes after {@code filter[name]} it takes
 * (any other suffix is an unknown parameter, answered 400).
 */
public enum FilterKind {
    /** One integer or several ({@code filter[x]=1}, {@code filter[x][]=1&filter[x][]=2}); any of them matches. */
    IDS("(\\[\\d*])?"),
    /** One string or several; exact match with any of them. */
    TEXTS("(\\[\\d*])?"),
    /** {@code [from]} and/or {@code [to]} (both inclusive), or one value for an exact match. */
    RANGE("(\\[(from|to)])?"),
    /** {@code [from]} and/or {@code [to]} (both inclusive), or one timestamp meaning "after it" (tasks' updated_at). */
    SINCE_OR_RANGE("(\\[(from|to)])?"),
    /** {@code 1} or {@code 0} against a boolean field, also as a list ({@code filter[is_completed][]=1}, documented). */
    FLAG("(\\[\\d*])?"),
    /** {@code filter[statuses][N][pipeline_id]} with {@code filter[statuses][N][status_id]}; any pair matches. */
    STATUSES("\\[\\d+]\\[(pipeline_id|status_id)]"),
    /**
     * {@code filter[custom_fields_values][FIELD_ID][]=value} (any of the values) or {@code [FIELD_ID][from]} /
     * {@code [FIELD_ID][to]} (a range over a numeric or date field).
     */
    CUSTOM_FIELDS("\\[\\d+](\\[(\\d*|from|to)])?"),
    /**
     * Integers as for {@link #IDS}, each value also a comma-separated list ({@code filter[created_by]=1,2}: the PHP
     * library's EventsFilter joins them so).
     */
    CSV_IDS("(\\[\\d*])?"),
    /** Strings as for {@link #TEXTS}, each value also a comma-separated list ({@code filter[type]=a,b}). */
    CSV_TEXTS("(\\[\\d*])?"),
    /**
     * Events' {@code filter[value_after]} / {@code filter[value_before]}: {@code [leads_statuses][N][pipeline_id]} with
     * {@code [status_id]}, or {@code [responsible_user_id]} (comma-separated ids), as the amoCRM events reference
     * documents them.
     */
    EVENT_VALUES("\\[leads_statuses]\\[\\d+]\\[(pipeline_id|status_id)]|\\[responsible_user_id]");

    private final Pattern suffix;

    FilterKind(String suffix) {
        this.suffix = Pattern.compile(suffix);
    }

    /** Whether {@code suffix} (what follows {@code filter[name]} in a key) is one this kind takes. */
    public boolean acceptsSuffix(String suffix) {
        return this.suffix.matcher(suffix).matches();
    }
}
