package io.github.camelkommo.producer;

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.client.KommoQuery;
import io.github.camelkommo.client.KommoRequest;
import io.github.camelkommo.client.KommoResponse;

/**
 * Reads one entity by id (the account by itself). Kommo answers 204 for a missing id: the body is then null and
 * {@code CamelKommoFound} false.
 */
final class GetHandler implements OperationHandler {

    @Override
    public void handle(OperationRequest request) throws Exception {
        KommoRequest get = KommoRequest.get(request.pathOf("get"), new KommoQuery().with(request.with()).entries());
        KommoResponse response = request.client().execute(get, false);
        request.message().setHeader(KommoConstants.FOUND, !response.isEmpty());
        request.message().setBody(response.isEmpty() ? null : request.output(response.body()));
    }
}
