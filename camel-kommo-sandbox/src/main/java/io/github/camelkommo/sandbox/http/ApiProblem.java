package io.github.camelkommo.sandbox.http;

/** Thrown by request parsing and handlers to answer with an error right away. */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    public ApiProblem(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }
}
