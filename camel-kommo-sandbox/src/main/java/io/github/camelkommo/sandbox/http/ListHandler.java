package io.github.camelkommo.sandbox.http;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.EntityStore;
import io.github.camelkommo.sandbox.store.EntityType;
import io.github.camelkommo.sandbox.store.Json;
import io.github.camelkommo.sandbox.store.LinkIndex;
import io.github.camelkommo.sandbox.store.ListQuery;
import io.github.camelkommo.sandbox.store.Page;

/**
 * {@code GET /api/v4/<entity>}: one page in the HAL envelope {@code _page}, {@code _links.self}, {@code _links.next}
 * (only when another page exists), {@code _links.first} and {@code _links.prev} (from page 2, as in the amoCRM
 * leads list example), {@code _embedded.<entity>}; users add
 * {@code _total_items} and {@code _page_count}. No match, or a page past the end, is 204 with no body; so is
 * {@code with=only_deleted}, as the sandbox deletes nothing.
 */
final class ListHandler implements Router.RouteHandler {

    private static final Set<String> PAGING = Set.of("page", "limit");

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
        Set<Long> fieldIds = store.customFieldDefinitions(type).stream().map(d -> d.get("id").asLong())
                .collect(Collectors.toSet());
        ListParams params = ListParams.parse(type, request, fieldIds, ifModifiedSince);
        if (params.with().contains("only_deleted")) {
            return ApiResponse.noContent();
        }
        ListQuery query = params.query();
        Page page = store.page(type, query);
        if (page.items().isEmpty()) {
            boolean notModified = ifModifiedSince && type.honoursIfModifiedSince()
                    && request.header("If-Modified-Since") != null;
            return notModified && switches.notModifiedStatus() == 304 ? ApiResponse.notModified()
                    : ApiResponse.noContent();
        }
        LinkIndex index = new LinkIndex(store);
        String base = request.baseUrl();
        String href = Renderer.collectionHref(base, type);
        String kept = request.query().rawWithout(PAGING);
        return ApiResponse.hal(Json.write(g -> {
            g.writeStartObject();
            if (type.listsTotals()) {
                int total = store.count(type);
                g.writeNumberField("_total_items", total);
                g.writeNumberField("_page", query.page());
                g.writeNumberField("_page_count", (total + query.limit() - 1) / query.limit());
            } else {
                g.writeNumberField("_page", query.page());
            }
            g.writeObjectFieldStart("_links");
            link(g, "self", href, kept, query.page(), query.limit());
            if (page.hasMore()) {
                link(g, "next", href, kept, query.page() + 1, query.limit());
            }
            if (query.page() > 1) {
                link(g, "first", href, kept, 1, query.limit());
                link(g, "prev", href, kept, query.page() - 1, query.limit());
            }
            g.writeEndObject();
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

    private static void link(JsonGenerator g, String name, String href, String kept, int page, int limit)
            throws IOException {
        g.writeObjectFieldStart(name);
        String query = (kept.isEmpty() ? "" : kept + "&") + "page=" + page + "&limit=" + limit;
        g.writeStringField("href", href + "?" + query);
        g.writeEndObject();
    }
}
