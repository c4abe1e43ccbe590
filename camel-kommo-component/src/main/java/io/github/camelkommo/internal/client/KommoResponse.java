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
package io.github.camelkommo.internal.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of the Kommo API.
 *
 * @param body the parsed body, or {@code null} for 204 No Content (and 304 Not Modified)
 */
public record KommoResponse(JsonNode body) {

    /** Whether Kommo answered with no content: an empty list, a page past the end, or a missing entity. */
    public boolean isEmpty() {
        return body == null || body.isMissingNode() || body.isNull();
    }

    /**
     * The items of a list answer, {@code _embedded.{key}}, in Kommo's order; none for 204. An {@code _embedded} sent
     * as {@code []}, or items sent as an object keyed by position, read as Kommo meant them.
     */
    public List<JsonNode> items(String embeddedKey) {
        List<JsonNode> items = new ArrayList<>();
        if (!isEmpty()) {
            body.path("_embedded").path(embeddedKey).forEach(items::add);
        }
        return items;
    }

    /** Whether a list answer links to a next page ({@code _links.next}). */
    public boolean hasNextPage() {
        return !isEmpty() && body.path("_links").has("next");
    }

    /** The page a list answer says it is ({@code _page}), or {@code requested} when it does not say. */
    public int page(int requested) {
        return isEmpty() ? requested : body.path("_page").asInt(requested);
    }
}
