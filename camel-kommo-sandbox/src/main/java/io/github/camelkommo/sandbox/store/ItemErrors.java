package io.github.camelkommo.sandbox.store;

import java.util.List;

/** The errors of one item of a batch write, tied to it by its {@code request_id} (given, or its index). */
public record ItemErrors(String requestId, List<ValidationError> errors) {
}
