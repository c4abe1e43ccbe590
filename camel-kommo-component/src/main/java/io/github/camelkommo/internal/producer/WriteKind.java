/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelkommo.internal.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.internal.client.KommoRequest;

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
        return this == COMPLEX ? request.path() + "/complex" : this == CREATE ? request.writePath() : request.path();
    }

    KommoRequest request(String path, byte[] body) {
        return this == UPDATE ? KommoRequest.patch(path, body) : KommoRequest.post(path, body);
    }

    /** The per-item answers of one request. */
    JsonNode answers(JsonNode body, KommoEntity entity) {
        return this == COMPLEX ? body : body.path("_embedded").path(entity.embeddedKey());
    }
}
