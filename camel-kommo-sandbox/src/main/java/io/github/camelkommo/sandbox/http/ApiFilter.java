package io.github.camelkommo.sandbox.http;

import java.util.List;

/** One rule in front of the handlers: answers by itself, or passes the request on to {@code next}. */
@FunctionalInterface
public interface ApiFilter {

    ApiResponse filter(ApiRequest request, ApiHandler next);

    /** {@code filters} in front of {@code end}, the first one outermost. */
    static ApiHandler chain(List<ApiFilter> filters, ApiHandler end) {
        ApiHandler handler = end;
        for (int i = filters.size() - 1; i >= 0; i--) {
            ApiFilter filter = filters.get(i);
            ApiHandler next = handler;
            handler = request -> filter.filter(request, next);
        }
        return handler;
    }
}
