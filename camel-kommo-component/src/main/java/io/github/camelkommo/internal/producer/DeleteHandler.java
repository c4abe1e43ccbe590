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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.error.KommoWriteOutcome;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.model.KommoModel;

/**
 * Deletes entities by id: the entity id (option or header), else the ids of the body (a number, a list of numbers, or
 * items with an {@code id}). Each id is one {@code DELETE {path}/{id}}, except for the entities Kommo deletes in one
 * request with the ids in its body ({@code DELETE /sources [{id}]}). The body becomes the ids deleted (one id for
 * one); when a request fails, the exception's {@link KommoWriteOutcome} says which ids were deleted and which not.
 */
final class DeleteHandler implements OperationHandler {

    @Override
    public void handle(OperationRequest request) throws Exception {
        Long id = request.entityId();
        boolean single = id != null || !(request.message().getBody() instanceof Collection<?>);
        List<Long> ids = id != null ? List.of(id) : ids(request);
        if (WritableFields.deletesInBody(request.entity())) {
            ArrayNode body = request.client().mapper().createArrayNode();
            ids.forEach(each -> body.addObject().put("id", each));
            send(request, KommoRequest.delete(request.path(), request.client().mapper().writeValueAsBytes(body)),
                    List.of(), 0, ids.size());
        } else {
            for (int i = 0; i < ids.size(); i++) {
                send(request, KommoRequest.delete(request.path() + "/" + ids.get(i), null), ids.subList(0, i), i,
                        ids.size());
            }
        }
        request.message().setBody(single ? ids.get(0) : ids);
        if (single) {
            request.message().setHeader(KommoConstants.ENTITY_ID, ids.get(0));
        }
    }

    private static void send(OperationRequest request, KommoRequest delete, List<Long> deleted, int from, int to)
            throws KommoException {
        try {
            request.client().execute(delete, request.config().isRetryNonIdempotent());
        } catch (KommoException e) {
            boolean uncertain = e instanceof KommoServerException || e instanceof KommoConnectionException;
            List<Integer> notDeleted = IntStream.range(uncertain ? to : from, to).boxed().toList();
            List<Integer> unknown = IntStream.range(uncertain ? from : to, to).boxed().toList();
            e.setWriteOutcome(new KommoWriteOutcome(new ArrayList<>(deleted), notDeleted, unknown));
            throw e;
        }
    }

    /** The ids the body names, checked before anything is sent. */
    private static List<Long> ids(OperationRequest request) {
        Object body = request.message().getBody();
        List<Long> ids = new ArrayList<>();
        Collection<?> items = body instanceof Collection<?> many ? many : body == null ? List.of() : List.of(body);
        for (Object item : items) {
            Long id = idOf(item, request.client().mapper());
            if (id == null || id <= 0) {
                throw new IllegalArgumentException("Delete on kommo:" + request.entity() + " needs positive ids: "
                                                   + "entityId=, the header " + KommoConstants.ENTITY_ID
                                                   + ", or a body of ids or of items with an id; item " + ids.size()
                                                   + " is " + item);
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Delete on kommo:" + request.entity() + " needs an id: entityId=, the "
                                               + "header " + KommoConstants.ENTITY_ID + ", or a body of ids");
        }
        return ids;
    }

    private static Long idOf(Object item, ObjectMapper mapper) {
        if (item instanceof Number number) {
            return number.longValue();
        }
        if (item instanceof CharSequence text && text.toString().strip().matches("\\d+")) {
            return Long.parseLong(text.toString().strip());
        }
        if (item instanceof Map<?, ?> || item instanceof KommoModel) {
            JsonNode id = mapper.valueToTree(item).path("id");
            return id.canConvertToLong() ? id.asLong() : null;
        }
        return null;
    }
}
