package io.github.camelkommo.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.client.KommoRequest;

/** The three bulk writes: how each is sent and where Kommo puts the answer for each item. */
enum WriteKind {
    /** POST /{entity}; the answer holds each item's new id. */
    CREATE("create", KommoEntity.MAX_BATCH),
    /** PATCH /{entity}; each item carries its id, the answer its new updated_at. */
    UPDATE("update", KommoEntity.MAX_BATCH),
    /** POST /leads/complex; the answer is a plain array with the lead's, contact's and company's ids. */
    COMPLEX("createComplex", KommoEntity.MAX_COMPLEX_BATCH);

    private final String operation;
    private final int maxBatch;

    WriteKind(String operation, int maxBatch) {
        this.operation = operation;
        this.maxBatch = maxBatch;
    }

    String operation() {
        return operation;
    }

    int maxBatch() {
        return maxBatch;
    }

    String path(OperationRequest request) {
        return this == COMPLEX ? request.path() + "/complex" : request.path();
    }

    KommoRequest request(String path, byte[] body) {
        return this == UPDATE ? KommoRequest.patch(path, body) : KommoRequest.post(path, body);
    }

    /** The per-item answers of one request. */
    JsonNode answers(JsonNode body, KommoEntity entity) {
        return this == COMPLEX ? body : body.path("_embedded").path(entity.embeddedKey());
    }
}
