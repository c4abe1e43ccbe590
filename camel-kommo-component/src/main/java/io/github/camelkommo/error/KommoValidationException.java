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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kommo answered 400 with {@code validation-errors}: it refused the whole request and stored nothing of it. Each
 * {@link KommoValidationError} names the failing item by its position in the caller's input and the field path.
 */
public class KommoValidationException extends KommoApiException {

    private final List<KommoValidationError> errors;

    public KommoValidationException(String request, int statusCode, String title, String detail, String requestId,
                                    String responseBody, List<KommoValidationError> errors) {
        super(request, statusCode, title, detail, requestId, responseBody);
        this.errors = List.copyOf(errors);
    }

    /**
     * Kommo's answer and the refused fields, the items refused alike in one line: {@code items 0-249 price:
     * FieldNotExpected (...)}. {@link #getErrors()} has each item's error.
     */
    @Override
    public String getMessage() {
        Map<List<String>, List<Integer>> alike = new LinkedHashMap<>();
        for (KommoValidationError error : errors) {
            alike.computeIfAbsent(Arrays.asList(error.path(), error.code(), error.detail()), k -> new ArrayList<>())
                    .add(error.position());
        }
        return super.getMessage() + ": " + alike.entrySet().stream()
                .map(e -> Positions.items(e.getValue()) + " " + e.getKey().get(0) + ": " + e.getKey().get(1) + " ("
                          + e.getKey().get(2) + ")")
                .collect(Collectors.joining("; "));
    }

    /** Every refused field, by input position. */
    public List<KommoValidationError> getErrors() {
        return errors;
    }

    /** The input positions of the refused items, each once, in ascending order. */
    public List<Integer> getFailedPositions() {
        return errors.stream().map(KommoValidationError::position).distinct().sorted().toList();
    }
}
