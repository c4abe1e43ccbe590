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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.UnsortedInbox;

/**
 * {@code /api/v4/leads/unsorted} (amoCRM unsorted-api): add ({@code forms}, {@code sip}: at most 250, answered
 * {@code _total_items} and {@code _embedded.unsorted[] {uid, account_id, request_id, _links, _embedded}}), list
 * ({@code filter[uid]}, {@code filter[category][]}, {@code filter[pipeline_id]}, {@code order[created_at]}; 204 when
 * empty), get, accept, decline, link (a waiting item; unknown or already sorted is 404, as the page's 404 "not
 * found" says) and the summary ({@code filter[uid]}, {@code filter[created_at]} as a value or {@code [from]/[to]},
 * {@code filter[pipeline_id]}).
 */
final class UnsortedHandler {

    private static final String PATH = "/api/v4/leads/unsorted";
    private static final Pattern FILTER = Pattern.compile("filter\\[([a-z_]+)](.*)");
    private static final List<String> CATEGORIES = List.of("sip", "mail", "forms", "chats");

    private final EntityStore store;

    UnsortedHandler(EntityStore store) {
        this.store = store;
    }

    private UnsortedInbox inbox() {
        return store.unsorted();
    }

    ApiResponse addForms(ApiRequest request, long[] ids) {
        return add(request, "forms");
    }

    ApiResponse addSip(ApiRequest request, long[] ids) {
        return add(request, "sip");
    }

    private ApiResponse add(ApiRequest request, String category) {
        WriteBody.Batch batch = WriteBody.batch(request, CreateHandler.BATCH_LIMIT);
        List<ObjectNode> added = inbox().add(category, batch.items(), batch.requestIds());
        String base = request.baseUrl();
        ObjectNode body = Json.object().put("_total_items", added.size());
        var items = body.putObject("_embedded").putArray("unsorted");
        for (int i = 0; i < added.size(); i++) {
            ObjectNode item = added.get(i);
            ObjectNode out = items.addObject().put("uid", item.get("uid").asText())
                    .put("account_id", item.get("account_id").asLong())
                    .put("request_id", batch.requestIds().get(i));
            out.set("_links", Json.selfLink(base + PATH + "/" + item.get("uid").asText()));
            out.set("_embedded", links(base, item, List.of("contacts", "leads", "companies")));
        }
        return ApiResponse.hal(body);
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        QueryParams query = request.query();
        Predicate<ObjectNode> filter = filters(query, Set.of("uid", "category", "pipeline_id"));
        Comparator<ObjectNode> order = SimpleFilters.order(query, "unsorted", "created_at", "updated_at");
        List<ObjectNode> all = new ArrayList<>(inbox().waiting().stream().filter(filter).toList());
        if (order != null) {
            all.sort(order);
        }
        String base = request.baseUrl();
        return SimpleList.answer(request, base + PATH, "unsorted", all, false, item -> render(base, item));
    }

    ApiResponse get(ApiRequest request, long[] ids) {
        return inbox().find(uid(request)).map(item -> ApiResponse.hal(render(request.baseUrl(), item)))
                .orElseGet(() -> notFound(request));
    }

    ApiResponse accept(ApiRequest request, long[] ids) {
        String uid = uid(request);
        if (inbox().find(uid).isEmpty()) {
            return notFound(request);
        }
        ObjectNode body = optionalBody(request, Set.of("user_id", "status_id"));
        ObjectNode item = inbox().accept(uid, number(body, "user_id"), number(body, "status_id"));
        return ApiResponse.hal(sorted(request.baseUrl(), item, List.of("leads", "contacts", "companies")));
    }

    ApiResponse decline(ApiRequest request, long[] ids) {
        String uid = uid(request);
        if (inbox().find(uid).isEmpty()) {
            return notFound(request);
        }
        ObjectNode body = optionalBody(request, Set.of("user_id"));
        ObjectNode item = inbox().decline(uid, number(body, "user_id"));
        return ApiResponse.hal(sorted(request.baseUrl(), item, List.of("leads", "contacts")));
    }

    ApiResponse link(ApiRequest request, long[] ids) {
        String uid = uid(request);
        if (inbox().find(uid).isEmpty()) {
            return notFound(request);
        }
        ObjectNode body = WriteBody.object(request);
        checkKeys(body, Set.of("user_id", "link"), "");
        JsonNode link = body.get("link");
        if (link == null || !link.isObject()) {
            throw FilterParams.bad("link is required: {entity_id, entity_type}");
        }
        checkKeys((ObjectNode) link, Set.of("entity_id", "entity_type", "metadata"), "link.");
        if (!"leads".equals(link.path("entity_type").asText())) {
            throw FilterParams.bad("link.entity_type must be leads (customers cannot be linked in the sandbox); was "
                                   + link.get("entity_type"));
        }
        if (!link.path("entity_id").canConvertToLong()) {
            throw FilterParams.bad("link.entity_id must be a lead id; was " + link.get("entity_id"));
        }
        long lead = link.get("entity_id").asLong();
        inbox().link(uid, lead);
        ObjectNode out = Json.object().put("uid", uid);
        ObjectNode leadLink = out.putObject("_embedded").putArray("leads").addObject().put("id", lead);
        leadLink.set("_links", Json.selfLink(Renderer.entityHref(request.baseUrl(), EntityType.LEADS, lead)));
        return ApiResponse.hal(out);
    }

    ApiResponse summary(ApiRequest request, long[] ids) {
        List<ObjectNode> items = inbox().all().stream()
                .filter(filters(request.query(), Set.of("uid", "created_at", "pipeline_id"))).toList();
        int accepted = 0;
        int declined = 0;
        for (ObjectNode item : items) {
            String outcome = inbox().outcome(item.get("uid").asText()).orElse("");
            accepted += outcome.equals("declined") || outcome.isEmpty() ? 0 : 1;
            declined += outcome.equals("declined") ? 1 : 0;
        }
        List<Long> times = inbox().sortTimes(items);
        ObjectNode body = Json.object().put("total", items.size()).put("accepted", accepted)
                .put("declined", declined)
                .put("average_sort_time", times.isEmpty() ? 0
                                                          : times.stream().mapToLong(Long::longValue).sum()
                                                                  / times.size());
        ObjectNode categories = body.putObject("categories");
        for (String category : CATEGORIES) {
            categories.putObject(category).put("total", items.stream()
                    .filter(i -> i.get("category").asText().equals(category)).count());
        }
        return ApiResponse.hal(body);
    }

    private static String uid(ApiRequest request) {
        return request.path().split("/")[5];
    }

    private ApiResponse notFound(ApiRequest request) {
        return Problems.of(404, "No waiting unsorted item " + uid(request));
    }

    /** An item as listed and got: its fields, {@code _links} and {@code _embedded} with links. */
    private static ObjectNode render(String base, ObjectNode item) {
        ObjectNode out = item.deepCopy();
        out.remove("_embedded");
        out.set("_links", Json.selfLink(base + PATH + "/" + item.get("uid").asText()));
        out.set("_embedded", links(base, item, List.of("contacts", "leads", "companies")));
        return out;
    }

    /** The answer to accept and decline: {@code uid, pipeline_id, category, created_at, _embedded} (the examples). */
    private static ObjectNode sorted(String base, ObjectNode item, List<String> parts) {
        ObjectNode out = Json.object();
        for (String field : List.of("uid", "pipeline_id", "category", "created_at")) {
            out.set(field, item.get(field));
        }
        out.set("_embedded", links(base, item, parts));
        return out;
    }

    private static ObjectNode links(String base, ObjectNode item, List<String> parts) {
        ObjectNode embedded = Json.object();
        for (String part : parts) {
            var array = embedded.putArray(part);
            for (JsonNode linked : item.path("_embedded").path(part)) {
                long id = linked.get("id").asLong();
                array.addObject().put("id", id)
                        .set("_links", Json.selfLink(Renderer.entityHref(base, EntityType.of(part), id)));
            }
        }
        return embedded;
    }

    /** The body of accept and decline, which may be empty ("нет обязательных параметров"). */
    private static ObjectNode optionalBody(ApiRequest request, Set<String> keys) {
        if (request.body().length == 0) {
            return Json.object();
        }
        ObjectNode body = WriteBody.object(request);
        checkKeys(body, keys, "");
        return body;
    }

    private static void checkKeys(ObjectNode body, Set<String> keys, String prefix) {
        body.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw FilterParams.bad("FieldNotExpected: " + prefix + key + "; expected one of " + keys);
            }
        });
    }

    private static Long number(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw FilterParams.bad(field + " must be an integer; was " + value);
        }
        return value.asLong();
    }

    /** The filters of the list and the summary; any other {@code filter[...]} is a 400. */
    private static Predicate<ObjectNode> filters(QueryParams query, Set<String> allowed) {
        Predicate<ObjectNode> all = item -> true;
        Map<String, Boolean> seen = new HashMap<>();
        for (String key : query.keys()) {
            if (!key.startsWith("filter")) {
                continue;
            }
            Matcher m = FILTER.matcher(key);
            if (!m.matches() || !allowed.contains(m.group(1))) {
                throw FilterParams.bad("Unknown filter parameter " + key + " for unsorted; expected one of "
                                       + allowed);
            }
            String name = m.group(1);
            if (seen.put(name, true) != null) {
                continue;
            }
            if (name.equals("created_at")) {
                all = all.and(createdAt(query));
            } else {
                Set<String> values = Set.copyOf(query.listValues("filter[" + name + "]"));
                if (name.equals("category") && !CATEGORIES.containsAll(values)) {
                    throw FilterParams.bad("filter[category] takes " + CATEGORIES + "; was " + values);
                }
                all = all.and(item -> values.contains(item.get(name).asText()));
            }
        }
        return all;
    }

    private static Predicate<ObjectNode> createdAt(QueryParams query) {
        var single = query.first("filter[created_at]");
        if (single.isPresent()) {
            long at = FilterParams.number("filter[created_at]", single.get());
            return item -> item.get("created_at").asLong() == at;
        }
        long from = query.first("filter[created_at][from]").map(v -> FilterParams.number("filter[created_at][from]",
                v)).orElse(Long.MIN_VALUE);
        long to = query.first("filter[created_at][to]").map(v -> FilterParams.number("filter[created_at][to]", v))
                .orElse(Long.MAX_VALUE);
        return item -> item.get("created_at").asLong() >= from && item.get("created_at").asLong() <= to;
    }
}
