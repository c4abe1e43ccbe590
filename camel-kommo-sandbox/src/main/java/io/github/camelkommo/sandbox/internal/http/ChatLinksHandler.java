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

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.ShortLinks;

/**
 * {@code POST /api/v4/short_links} (at most 250: "Не более 250 ссылок за 1 запрос") and the talks of chats:
 * {@code GET /api/v4/talks/{id}} (404 "Беседа не найдена" when there is none, as the talks page lists) and
 * {@code POST /api/v4/talks/{id}/close} ({@code force_close} optional; 202 with no body).
 */
final class ChatLinksHandler {

    private final EntityStore store;

    ChatLinksHandler(EntityStore store) {
        this.store = store;
    }

    ApiResponse shortLinks(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<ObjectNode> links = ShortLinks.create(store, batch.items(), batch.requestIds());
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.baseUrl() + "/api/v4/short_links"));
        ArrayNode items = body.putObject("_embedded").putArray("short_links");
        links.forEach(items::add);
        return ApiResponse.hal(body);
    }

    ApiResponse talk(ApiRequest request, long[] ids) {
        return store.talks().find(ids[0]).map(talk -> ApiResponse.hal(render(request.baseUrl(), talk)))
                .orElseGet(() -> Problems.of(404, "Talk " + ids[0] + " not found"));
    }

    ApiResponse close(ApiRequest request, long[] ids) {
        if (store.talks().find(ids[0]).isEmpty()) {
            return Problems.of(404, "Talk " + ids[0] + " not found");
        }
        if (request.body().length > 0) {
            ObjectNode body = WriteBody.object(request);
            body.fieldNames().forEachRemaining(key -> {
                if (!key.equals("force_close")) {
                    throw FilterParams.bad("FieldNotExpected: " + key + "; closing a talk takes only force_close");
                }
            });
            if (body.has("force_close") && !body.get("force_close").isBoolean()) {
                throw FilterParams.bad("force_close must be true or false; was " + body.get("force_close"));
            }
        }
        store.talks().close(ids[0]);
        return new ApiResponse(202, null, new byte[0], Map.of(), false);
    }

    /** A talk as the talks page shows it: its fields, {@code _links}, its contact, lead and customers. */
    private static ObjectNode render(String base, ObjectNode talk) {
        ObjectNode out = talk.deepCopy();
        out.set("_links", Json.selfLink(base + "/api/v4/talks/" + talk.get("talk_id").asLong()));
        ObjectNode embedded = out.putObject("_embedded");
        link(embedded.putArray("contacts"), base, EntityType.CONTACTS, talk.get("contact_id"));
        link(embedded.putArray("leads"), base, EntityType.LEADS, talk.get("entity_id"));
        embedded.putArray("customers");
        return out;
    }

    private static void link(ArrayNode array, String base, EntityType type, JsonNode id) {
        array.addObject().put("id", id.asLong()).set("_links",
                Json.selfLink(Renderer.entityHref(base, type, id.asLong())));
    }
}
