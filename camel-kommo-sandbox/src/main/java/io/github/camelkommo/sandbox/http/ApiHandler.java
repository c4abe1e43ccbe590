package io.github.camelkommo.sandbox.http;

/** Answers one request. */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}
