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

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The {@code _links} of one page of a list: {@code self}, {@code next} (only when another page exists), then
 * {@code first} and {@code prev} from page 2 (amoCRM leads list example); each href repeats the caller's other query
 * parameters (raw, as sent) and ends in {@code page=N&limit=L}. Also cuts a page out of an in-memory list.
 */
final class PageLinks {

    private static final Set<String> PAGING = Set.of("page", "limit");

    private PageLinks() {
    }

    /** Writes {@code "_links": {...}} for page {@code page} of {@code href}. */
    static void write(JsonGenerator g, ApiRequest request, String href, int page, int limit, boolean hasMore)
            throws IOException {
        write(g, request, href, page, limit, hasMore, 0);
    }

    /**
     * Writes {@code "_links": {...}}; with {@code lastPage} above 0 also {@code last} (after {@code next}, as the
     * amoCRM custom fields list example has it).
     */
    static void write(JsonGenerator g, ApiRequest request, String href, int page, int limit, boolean hasMore,
                      int lastPage)
            throws IOException {
        String kept = request.query().rawWithout(PAGING);
        g.writeObjectFieldStart("_links");
        link(g, "self", href, kept, page, limit);
        if (hasMore) {
            link(g, "next", href, kept, page + 1, limit);
        }
        if (lastPage > 0) {
            link(g, "last", href, kept, lastPage, limit);
        }
        if (page > 1) {
            link(g, "first", href, kept, 1, limit);
            link(g, "prev", href, kept, page - 1, limit);
        }
        g.writeEndObject();
    }

    /** Page {@code page} (from 1) of {@code limit} items of {@code all}; empty past the end. */
    static <T> List<T> cut(List<T> all, int page, int limit) {
        long from = (long) (page - 1) * limit;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + limit));
    }

    private static void link(JsonGenerator g, String name, String href, String kept, int page, int limit)
            throws IOException {
        g.writeObjectFieldStart(name);
        String query = (kept.isEmpty() ? "" : kept + "&") + "page=" + page + "&limit=" + limit;
        g.writeStringField("href", href + "?" + query);
        g.writeEndObject();
    }
}
