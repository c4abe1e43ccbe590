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

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The custom field definitions of leads, contacts and companies (read-only): {@code GET /api/v4/<entity>/custom_fields}
 * (paged; {@code filter[id]}, {@code filter[type]}, {@code order[sort|id]} of the amoCRM reference and the PHP
 * library's CustomFieldsFilter; envelope {@code _total_items}, {@code _page}, {@code _page_count}, {@code _links} and
 * {@code _embedded.custom_fields}, as in the amoCRM example), {@code /custom_fields/{id}} (the bare definition; 204
 * when missing), {@code /custom_fields/groups} ({@code {_total_items, _embedded.custom_field_groups}}) and
 * {@code /custom_fields/groups/{id}} (404 when missing). Each item carries {@code _links.self}. The fields of catalog
 * elements are served the same way under {@code /api/v4/catalogs/{catalog_id}/custom_fields} (amoCRM custom-fields:
 * the same list and by-id answers for every owner, the catalog's in the path).
 */
final class CustomFieldsHandler {

    private final EntityStore store;
    private final EntityType owner;
    private final Function<ApiRequest, String> href;

    CustomFieldsHandler(EntityStore store, EntityType owner) {
        this(store, owner, request -> Renderer.collectionHref(request.baseUrl(), owner) + "/custom_fields");
    }

    /** @param href the absolute URL of the fields' collection, for {@code _links} */
    CustomFieldsHandler(EntityStore store, EntityType owner, Function<ApiRequest, String> href) {
        this.store = store;
        this.owner = owner;
        this.href = href;
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        QueryParams params = request.query();
        Predicate<ObjectNode> filter = SimpleFilters.parse(params, "custom fields", "type");
        Comparator<ObjectNode> order = SimpleFilters.order(params, "custom fields", "sort", "id");
        List<ObjectNode> all = store.customFieldDefinitions(owner).stream().filter(filter)
                .sorted(order == null ? (a, b) -> 0 : order).toList();
        return SimpleList.answer(request, href(request), "custom_fields", all, true,
                def -> withSelf(def, href(request) + "/" + def.get("id").asLong()));
    }

    /** The definition whose id is the path's last one. */
    ApiResponse get(ApiRequest request, long[] ids) {
        long id = ids[ids.length - 1];
        Optional<ObjectNode> def = store.customFieldDefinitions(owner).stream()
                .filter(d -> d.get("id").asLong() == id).findFirst();
        return def.map(d -> ApiResponse.hal(withSelf(d, href(request) + "/" + id)))
                .orElseGet(ApiResponse::noContent);
    }

    /** The groups, all in one answer: {@code {_total_items, _embedded: {custom_field_groups}}}, as the example. */
    ApiResponse groups(ApiRequest request, long[] ids) {
        SimpleFilters.none(request.query(), "custom field groups");
        List<ObjectNode> all = store.customFieldGroups(owner);
        if (all.isEmpty()) {
            return ApiResponse.noContent();
        }
        ObjectNode body = Json.object().put("_total_items", all.size());
        ArrayNode items = body.putObject("_embedded").putArray("custom_field_groups");
        all.forEach(group -> items.add(group(request, group)));
        return ApiResponse.hal(body);
    }

    /** One group by its string id; none is 404, as the reference lists ("Группа полей не найдена"). */
    ApiResponse group(ApiRequest request, long[] ids) {
        String id = request.path().substring(request.path().lastIndexOf('/') + 1);
        return store.customFieldGroups(owner).stream().filter(g -> g.get("id").asText().equals(id)).findFirst()
                .map(g -> ApiResponse.hal(group(request, g)))
                .orElseGet(() -> Problems.notFound(request.method(), request.baseUrl() + request.path()));
    }

    private ObjectNode group(ApiRequest request, ObjectNode group) {
        return withSelf(group, href(request) + "/groups/" + group.get("id").asText());
    }

    private String href(ApiRequest request) {
        return href.apply(request);
    }

    private static ObjectNode withSelf(ObjectNode item, String href) {
        ObjectNode copy = item.deepCopy();
        copy.set("_links", Json.selfLink(href));
        return copy;
    }
}
