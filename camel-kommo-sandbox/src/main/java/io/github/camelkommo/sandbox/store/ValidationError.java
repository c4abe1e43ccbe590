package io.github.camelkommo.sandbox.store;

/** One entry of {@code validation-errors[].errors[]}: a code such as {@code NotSupportedChoice}, a path, a detail. */
public record ValidationError(String code, String path, String detail) {
}
