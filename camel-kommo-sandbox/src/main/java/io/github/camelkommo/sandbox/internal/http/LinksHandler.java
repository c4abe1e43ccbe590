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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.Matchers;

/**
 * The links of leads, contacts and companies (amoCRM entity-links reference, Kommo linking-entities):
 * {@code GET /<entity>/{id}/links} (items {@code {to_entity_id, to_entity_type, metadata}}) and
 * {@code GET /<entity>/links?filter[entity_id][]=...} (required; items also {@code entity_id, entity_type}), both
 * with {@code filter[to_entity_id]} + {@code filter[to_entity_type]} (together) and {@code filter[to_catalog_id]},
 * answering {@code {_total_items, _links, _embedded: {links}}} or 204; {@code POST /<entity>/{id}/link} and
 * {@code POST /<entity>/link} (items with {@code entity_id}), answering the links made in the same envelope;
 * {@code /unlink} alike, answering 204 (the reference shows no answer; the PHP library takes 204 as success).
 */
final class LinksHandler {

    private final EntityStore store;
    private final EntityType type;

    LinksHandler(EntityStore store, EntityType type) {
        this.store = store;
        this.type = type;
    }

    ApiResponse ofOne(ApiRequest request, long[] ids) {
        Predicate<ObjectNode> filter = filters(request.query(), false);
        List<ObjectNode> links = new ArrayList<>();
        for (ObjectNode link : store.links(type, ids[0])) {
            if (filter.test(link)) {
                link.remove(List.of("entity_id", "entity_type"));
                links.add(link);
            }
        }
        return answer(request, href(request, ids[0]) + "/links", links);
    }

    ApiResponse ofMany(ApiRequest request, long[] ids) {
        if (request.query().listValues("filter[entity_id]").isEmpty()) {
            throw FilterParams.bad("filter[entity_id] is required");
        }
        Predicate<ObjectNode> filter = filters(request.query(), true);
        List<ObjectNode> links = new ArrayList<>();
        for (String id : request.query().listValues("filter[entity_id]")) {
            store.links(type, FilterParams.number("filter[entity_id]", id)).stream().filter(filter)
                    .forEach(links::add);
        }
        return answer(request, href(request, -1) + "/links", links);
    }

    ApiResponse linkOne(ApiRequest request, long[] ids) {
        return write(request, ids[0], true);
    }

    ApiResponse unlinkOne(ApiRequest request, long[] ids) {
        return write(request, ids[0], false);
    }

    ApiResponse linkMany(ApiRequest request, long[] ids) {
        return write(request, -1, true);
    }

    ApiResponse unlinkMany(ApiRequest request, long[] ids) {
        return write(request, -1, false);
    }

    /** A link or unlink write; {@code entityId} is the path's id (-1 for the bulk form, whose items name it). */
    private ApiResponse write(ApiRequest request, long entityId, boolean link) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        if (entityId >= 0) {
            for (ObjectNode item : batch.items()) {
                if (item.hasNonNull("entity_id") && item.get("entity_id").asLong() != entityId) {
                    throw FilterParams.bad("entity_id must be the id of the path, " + entityId);
                }
                item.put("entity_id", entityId);
            }
        }
        List<ObjectNode> links = store.link(type, batch.items(), batch.requestIds(), link);
        if (!link) {
            return ApiResponse.noContent();
        }
        ObjectNode body = Json.object().put("_total_items", links.size());
        body.set("_links", Json.selfLink(href(request, entityId) + "/links"));
        links.forEach(body.putObject("_embedded").putArray("links")::add);
        return ApiResponse.hal(body);
    }

    private String href(ApiRequest request, long entityId) {
        String collection = Renderer.collectionHref(request.baseUrl(), type);
        return entityId >= 0 ? collection + "/" + entityId : collection;
    }

    private static ApiResponse answer(ApiRequest request, String href, List<ObjectNode> links) {
        if (links.isEmpty()) {
            return ApiResponse.noContent();
        }
        ObjectNode body = Json.object().put("_total_items", links.size());
        String query = request.query().rawWithout(Set.of());
        body.set("_links", Json.selfLink(query.isEmpty() ? href : href + "?" + query));
        links.forEach(body.putObject("_embedded").putArray("links")::add);
        return ApiResponse.hal(body);
    }

    /** {@code filter[to_entity_id]} with {@code filter[to_entity_type]}, {@code filter[to_catalog_id]}. */
    private static Predicate<ObjectNode> filters(QueryParams params, boolean many) {
        for (String key : params.keys()) {
            boolean known = key.matches("filter\\[(to_entity_id|to_entity_type|to_catalog_id)](\\[\\d*])?")
                            || many && key.matches("filter\\[entity_id](\\[\\d*])?");
            if (key.startsWith("order") || key.startsWith("filter") && !known) {
                throw FilterParams.bad("Unknown parameter " + key + " for links");
            }
        }
        List<String> toIds = params.listValues("filter[to_entity_id]");
        List<String> toTypes = params.listValues("filter[to_entity_type]");
        if (toIds.isEmpty() != toTypes.isEmpty()) {
            throw FilterParams.bad("filter[to_entity_id] and filter[to_entity_type] go together");
        }
        Predicate<ObjectNode> filter = link -> true;
        if (!toIds.isEmpty()) {
            filter = filter.and(Matchers.anyOf("to_entity_id", numbers("filter[to_entity_id]", toIds)))
                    .and(Matchers.anyText("to_entity_type", Set.copyOf(toTypes)));
        }
        List<String> catalogs = params.listValues("filter[to_catalog_id]");
        if (!catalogs.isEmpty()) {
            Set<Long> wanted = numbers("filter[to_catalog_id]", catalogs);
            filter = filter.and(link -> wanted.contains(link.path("metadata").path("catalog_id").asLong(-1)));
        }
        return filter;
    }

    private static Set<Long> numbers(String key, List<String> values) {
        Set<Long> out = new HashSet<>();
        values.forEach(v -> out.add(FilterParams.number(key, v)));
        return out;
    }
}
