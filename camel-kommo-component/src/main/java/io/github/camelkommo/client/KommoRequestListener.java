package io.github.camelkommo.client;

/** Told of every request a {@link KommoClient} sent and how it ended; metrics and health checks listen. */
@FunctionalInterface
public interface KommoRequestListener {

    /**
     * @param request the request
     * @param status  the HTTP status Kommo answered, or 0 when no answer came
     * @param nanos   how long the exchange took, from sending to the parsed answer
     */
    void onResponse(KommoRequest request, int status, long nanos);
}
