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
package io.github.camelkommo.sandbox.internal.http;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code PATCH /api/v4/customers/mode}: turns the account's customers on (in {@code segments} or
 * {@code periodicity} mode) or off (amoCRM customers-api: both {@code mode} and {@code is_enabled} required; the
 * answer repeats them). The account's {@code customers_mode} then shows the mode, or {@code disabled}.
 */
final class CustomersModeHandler implements Router.RouteHandler {

    private static final Set<String> MODES = Set.of("segments", "periodicity");

    private final EntityStore store;

    CustomersModeHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        ObjectNode body = WriteBody.object(request);
        for (String key : (Iterable<String>) body::fieldNames) {
            if (!key.equals("mode") && !key.equals("is_enabled")) {
                return Problems.of(400, "FieldNotExpected: " + key + "; a customers mode change takes only mode "
                                        + "and is_enabled");
            }
        }
        JsonNode mode = body.get("mode");
        JsonNode enabled = body.get("is_enabled");
        if (mode == null || !mode.isTextual() || !MODES.contains(mode.asText())) {
            return Problems.of(400, "mode must be one of periodicity, segments; was " + mode);
        }
        if (enabled == null || !enabled.isBoolean()) {
            return Problems.of(400, "is_enabled must be true or false; was " + enabled);
        }
        store.customersMode(mode.asText(), enabled.asBoolean());
        return ApiResponse.hal(Json.object().put("mode", mode.asText()).put("is_enabled", enabled.asBoolean()));
    }
}
