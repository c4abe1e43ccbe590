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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * Writes of user roles (amoCRM users-api): {@code POST /api/v4/roles} takes a batch (the page: "пакетно") or the
 * single role its example sends, and answers 201 {@code _total_items} and the roles in full; {@code PATCH
 * /api/v4/roles/{id}} answers 202 with the role ("запрос не может быть пустым"); {@code DELETE /api/v4/roles/{id}}
 * answers 204, and refuses (400) a role users still have, naming them (the page is silent on it; the sandbox is
 * strict).
 */
final class RolesHandler {

    private final EntityStore store;

    RolesHandler(EntityStore store) {
        this.store = store;
    }

    ApiResponse create(ApiRequest request, long[] ids) {
        List<ObjectNode> items;
        List<String> requestIds;
        if (isObject(request.body())) {
            items = List.of(WriteBody.object(request).deepCopy());
            requestIds = List.of("0");
        } else {
            WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
            items = batch.items();
            requestIds = batch.requestIds();
        }
        List<ObjectNode> created = store.createAll(EntityType.ROLES, items, requestIds);
        ObjectNode body = Json.object().put("_total_items", created.size());
        ArrayNode roles = body.putObject("_embedded").putArray("roles");
        created.forEach(role -> roles.add(full(request.baseUrl(), role)));
        return new ApiResponse(201, ApiResponse.HAL_JSON, Json.bytes(body), Map.of(), false);
    }

    ApiResponse update(ApiRequest request, long[] ids) {
        ObjectNode sent = WriteBody.object(request).deepCopy();
        if (sent.isEmpty()) {
            throw FilterParams.bad("Request data can not be empty");
        }
        sent.put("id", ids[0]);
        ObjectNode role = store.updateAll(EntityType.ROLES, List.of(sent), List.of("0")).get(0);
        return new ApiResponse(202, ApiResponse.HAL_JSON, Json.bytes(full(request.baseUrl(), role)), Map.of(),
                false);
    }

    ApiResponse delete(ApiRequest request, long[] ids) {
        if (store.find(EntityType.ROLES, ids[0]).isEmpty()) {
            return Problems.notFound(request.method(), request.baseUrl() + request.path());
        }
        List<Long> users = new ArrayList<>();
        for (JsonNode user : store.all(EntityType.USERS)) {
            if (user.path("rights").path("role_id").asLong(-1) == ids[0]) {
                users.add(user.get("id").asLong());
            }
        }
        if (!users.isEmpty()) {
            throw FilterParams.bad("Role " + ids[0] + " is the role of users " + users + "; give them another first");
        }
        store.delete(EntityType.ROLES, ids[0]);
        return ApiResponse.noContent();
    }

    /** Whether the body is a JSON object (its first non-blank character is a brace). */
    private static boolean isObject(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private static ObjectNode full(String base, ObjectNode role) {
        ObjectNode out = role.deepCopy();
        out.set("_links", Json.selfLink(Renderer.entityHref(base, EntityType.ROLES, role.get("id").asLong())));
        return out;
    }
}
