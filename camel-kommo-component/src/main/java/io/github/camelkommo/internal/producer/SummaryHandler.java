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

import java.util.Map;

import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;

/**
 * Reads the summary of the entity ({@code GET leads/unsorted/summary}, with the endpoint's filters): the body becomes
 * Kommo's answer as a {@code Map} ({@code total}, {@code accepted}, {@code declined}, {@code average_sort_time},
 * {@code categories}).
 */
final class SummaryHandler implements OperationHandler {

    @Override
    public void handle(OperationRequest request) throws Exception {
        KommoResponse response = request.client().execute(
                KommoRequest.get(request.path() + "/summary", request.listQuery(false)), false);
        request.message().setBody(response.isEmpty() ? Map.of()
                                                     : request.client().mapper().convertValue(response.body(),
                                                             Map.class));
    }
}
