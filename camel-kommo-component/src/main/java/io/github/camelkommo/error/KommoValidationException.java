package io.github.camelkommo.error;

import java.util.List;
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

    @Override
    public String getMessage() {
        return super.getMessage() + ": " + errors.stream().map(KommoValidationError::toString)
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
