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

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the validation errors of one item. A {@linkplain #nested nested} view writes into the same list with a
 * path prefix, so checks of embedded structures report paths such as {@code _embedded.tags.0.id}.
 */
public final class Violations {

    static final String NOT_BLANK = "NotBlank";
    static final String INVALID_TYPE = "InvalidType";
    static final String NOT_SUPPORTED_CHOICE = "NotSupportedChoice";
    static final String COUNT = "Count";
    static final String FIELD_NOT_EXPECTED = "FieldNotExpected";

    private final List<ValidationError> errors;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<ValidationError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** A view whose paths start with {@code path + "."}. */
    public Violations nested(String path) {
        return new Violations(errors, prefix + path + ".");
    }

    void notBlank(String path) {
        add(NOT_BLANK, path, "This value should not be blank.");
    }

    void invalidType(String path, JsonKind expected) {
        add(INVALID_TYPE, path, "This value should be of type " + expected.label() + ".");
    }

    void notSupportedChoice(String path) {
        add(NOT_SUPPORTED_CHOICE, path, "The value you selected is not a valid choice.");
    }

    void tooMany(String path, int max) {
        add(COUNT, path, "This collection should contain " + max + " element" + (max == 1 ? "" : "s") + " or less.");
    }

    void fieldNotExpected(String path) {
        add(FIELD_NOT_EXPECTED, path, "This field was not expected.");
    }

    private void add(String code, String path, String detail) {
        errors.add(new ValidationError(code, prefix + path, detail));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** How many errors were collected so far (all views together). */
    public int size() {
        return errors.size();
    }

    public List<ValidationError> errors() {
        return List.copyOf(errors);
    }
}
