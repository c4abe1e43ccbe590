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
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoOperation;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;

/**
 * An action on one item, sent to {@code {path}/{id or uid}/{action}} with the message body as its JSON (none when the
 * body is null): accepting, declining or linking an incoming lead, closing a talk. The body becomes Kommo's answer as
 * the entity's model, or null when Kommo answers without a body (202, 204).
 */
final class ActionHandler implements OperationHandler {

    private final KommoOperation operation;
    private final String method;

    /** @param method POST, or DELETE for Kommo's actions that remove (declining an incoming lead) */
    ActionHandler(KommoOperation operation, String method) {
        this.operation = operation;
        this.method = method;
    }

    @Override
    public void handle(OperationRequest request) throws Exception {
        String path = request.pathOf(operation.name()) + "/" + operation.name();
        byte[] json = json(request);
        KommoRequest action = method.equals("DELETE") ? KommoRequest.delete(path, json)
                                                      : KommoRequest.post(path, json == null ? "{}".getBytes() : json);
        KommoResponse response = request.client().execute(action, false);
        JsonNode answer = response.isEmpty() ? null : response.body();
        request.message().setBody(answer == null ? null : request.output(answer));
    }

    /** The body as JSON: a Map, a model, a JSON tree, or JSON text of an object; none for null. */
    private byte[] json(OperationRequest request) throws Exception {
        Object body = request.message().getBody();
        if (body == null) {
            return null;
        }
        ObjectMapper mapper = request.client().mapper();
        JsonNode node = body instanceof String || body instanceof byte[] ? request.message().getBody(JsonNode.class)
                                                                         : mapper.valueToTree(body);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The body of kommo:" + request.entity() + " " + operation
                                               + " must be an object (a Map, a model or JSON text), was "
                                               + body.getClass().getName());
        }
        return mapper.writeValueAsBytes(node);
    }
}
