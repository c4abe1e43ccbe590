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

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;

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
