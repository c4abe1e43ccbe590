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
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;
import org.apache.camel.RuntimeCamelException;

/**
 * Reads a list: one page as a {@code List} (with {@code CamelKommoPage} and {@code CamelKommoHasMore}), or every
 * page as a lazy {@code Iterator} that fetches the next page only when needed. Kommo's 204 is an empty list.
 */
final class ListHandler implements OperationHandler {

    @Override
    public void handle(OperationRequest request) throws Exception {
        KommoEntity entity = request.entity();
        boolean allPages = request.message().getHeader(KommoConstants.ALL_PAGES, request.config().isAllPages(),
                Boolean.class);
        KommoRequest first = KommoRequest.get(request.listPath(), request.listQuery(entity.isPaged()));
        if (allPages) {
            Iterator<JsonNode> items = request.client().items(first, entity.embeddedKey(), entity.isPaged());
            request.message().setBody(new MappingIterator(items, request));
            return;
        }
        KommoResponse response = request.client().execute(first, false);
        List<Object> page = new ArrayList<>();
        for (JsonNode item : response.items(entity.embeddedKey())) {
            page.add(request.output(item));
        }
        request.message().setBody(page);
        if (entity.isPaged()) {
            request.message().setHeader(KommoConstants.PAGE, response.page(first.page()));
            request.message().setHeader(KommoConstants.HAS_MORE, response.hasNextPage());
        }
    }

    /** Turns each JSON item into the exchange's output as it is consumed. */
    private record MappingIterator(Iterator<JsonNode> items, OperationRequest request) implements Iterator<Object> {
        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public Object next() {
            try {
                return request.output(items.next());
            } catch (KommoBindingException e) {
                throw new RuntimeCamelException(e);
            }
        }
    }
}
