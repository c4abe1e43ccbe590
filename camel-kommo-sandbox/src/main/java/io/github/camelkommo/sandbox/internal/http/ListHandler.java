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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.LinkIndex;
import io.github.camelkommo.sandbox.internal.store.ListQuery;
import io.github.camelkommo.sandbox.internal.store.Matchers;
import io.github.camelkommo.sandbox.internal.store.Page;

/**
 * {@code GET /api/v4/<entity>}: one page in the HAL envelope {@code _page}, {@code _links} ({@link PageLinks}),
 * {@code _embedded.<entity>}; users add {@code _total_items} and {@code _page_count}. No match, or a page past the
 * end, is 204 with no body. Notes are also listed per entity ({@code GET /api/v4/leads/{id}/notes}: the route's id
 * is the {@code entity_id}, the links are under that path). {@code with=only_deleted} lists the deleted entities
 * instead, each reduced to {@code id}, {@code updated_at}, {@code updated_by}, {@code is_deleted} (amoCRM leads
 * reference: "модель сделки, у которой доступны дату изменения, ID пользователя сделавшего последнее изменение, её
 * ID и параметр is_deleted = true").
 */
final class ListHandler implements Router.RouteHandler {

    private static final List<String> DELETED_FIELDS = List.of("id", "updated_at", "updated_by");

    private final EntityStore store;
    private final EntityType type;
    private final ApiSwitches switches;

    ListHandler(EntityStore store, EntityType type, ApiSwitches switches) {
        this.store = store;
        this.type = type;
        this.switches = switches;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        boolean ifModifiedSince = !switches.ignoreIfModifiedSince();
        Map<Long, String> fieldTypes = store.customFieldDefinitions(type).stream()
                .collect(Collectors.toMap(d -> d.get("id").asLong(), d -> d.get("type").asText()));
        ListParams params = ListParams.parse(type, request, fieldTypes, ifModifiedSince);
        ListQuery query = params.query();
        String base = request.baseUrl();
        String href = Renderer.collectionHref(base, type);
        if (ids.length == 1) {
            List<Predicate<ObjectNode>> filters = new ArrayList<>(query.filters());
            filters.add(Matchers.anyOf("entity_id", Set.of(ids[0])));
            query = new ListQuery(query.page(), query.limit(), filters, query.order());
            href = Renderer.entityHref(base, type.parent(), ids[0]) + "/notes";
        }
        if (params.with().contains("only_deleted")) {
            return deleted(request, query, href);
        }
        Page page = store.page(type, query);
        if (page.items().isEmpty()) {
            boolean notModified = ifModifiedSince && type.honoursIfModifiedSince()
                                  && request.header("If-Modified-Since") != null;
            return notModified && switches.notModifiedStatus() == 304 ? ApiResponse.notModified()
                                                                      : ApiResponse.noContent();
        }
        LinkIndex index = new LinkIndex(store);
        ListQuery asked = query;
        String self = href;
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            if (type.listsTotals()) {
                int total = store.count(type);
                g.writeNumberField("_total_items", total);
                g.writeNumberField("_page", asked.page());
                g.writeNumberField("_page_count", (total + asked.limit() - 1) / asked.limit());
            } else {
                g.writeNumberField("_page", asked.page());
            }
            PageLinks.write(g, request, self, asked.page(), asked.limit(), page.hasMore());
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart(type.embeddedKey());
            for (ObjectNode item : page.items()) {
                Renderer.entity(g, type, item, params.with(), base, index);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    /** The deleted entities matching the filters, reduced ({@code with=only_deleted}); none is 204. */
    private ApiResponse deleted(ApiRequest request, ListQuery query, String href) {
        List<ObjectNode> matching = store.deleted(type).stream()
                .filter(n -> query.filters().stream().allMatch(f -> f.test(n))).toList();
        List<ObjectNode> page = PageLinks.cut(matching, query.page(), query.limit());
        if (page.isEmpty()) {
            return ApiResponse.noContent();
        }
        boolean more = (long) query.page() * query.limit() < matching.size();
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("_page", query.page());
            PageLinks.write(g, request, href, query.page(), query.limit(), more);
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart(type.embeddedKey());
            for (ObjectNode item : page) {
                g.writeStartObject();
                for (String field : DELETED_FIELDS) {
                    g.writeFieldName(field);
                    Json.writeNode(g, item.get(field));
                }
                g.writeBooleanField("is_deleted", true);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }));
    }
}
