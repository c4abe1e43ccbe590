package io.github.camelkommo.producer;

/** Carries out one {@link io.github.camelkommo.KommoOperation} for an exchange. */
interface OperationHandler {

    void handle(OperationRequest request) throws Exception;
}
