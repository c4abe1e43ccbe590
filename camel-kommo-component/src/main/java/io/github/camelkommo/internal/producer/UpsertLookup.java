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
package io.github.camelkommo.internal.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.client.KommoRequest;

/**
 * Finds the stored entities an upsert's keys match, in far fewer requests than keys (docs/design/upsert.md): phones
 * and e-mails in an index of the account read 250 a page, external ids by {@code filter[custom_fields_values]} with
 * {@value #FILTER_VALUES} values a request. Every hit is checked on the matchBy field by the component.
 */
final class UpsertLookup {

    /** Values of one filter request: keeps the request line near 3 KB (design note). */
    static final int FILTER_VALUES = 50;

    private final OperationRequest request;
    private final MatchKeys match;

    UpsertLookup(OperationRequest request, MatchKeys match) {
        this.request = request;
        this.match = match;
    }

    /**
     * Reads the account once: its country (for phones) and, for a filter lookup, whether Kommo filters by custom
     * fields at all (where it does not, it answers the whole list unfiltered).
     */
    void readAccount() throws KommoException {
        JsonNode account = request.client().execute(KommoRequest.get(KommoEntity.account.path(),
                new KommoQuery().with("is_api_filter_enabled").entries()), false).body();
        match.country(account.path("country").asText(null));
        if (!match.byIndex() && !account.path("is_api_filter_enabled").asBoolean(true)) {
            throw new IllegalArgumentException("Upsert on kommo:" + request.entity() + " by matchBy="
                                               + match.describe() + " needs Kommo's custom field filters, which this "
                                               + "account has switched off (is_api_filter_enabled false); switch them "
                                               + "on, or match by PHONE or EMAIL");
        }
    }

    /** The stored entities of each key that has any. */
    Map<String, List<JsonNode>> find(Set<String> keys) throws KommoException {
        Map<String, List<JsonNode>> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        if (match.byIndex()) {
            for (JsonNode entity : read(new KommoQuery().page(1, KommoEntity.MAX_BATCH))) {
                index(entity, keys, found);
            }
            return found;
        }
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += FILTER_VALUES) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + FILTER_VALUES));
            Set<String> asked = new HashSet<>(chunk);
            KommoQuery query = new KommoQuery().page(1, KommoEntity.MAX_BATCH).filters(Map.of(
                    "custom_fields_values." + match.filterFieldId(), chunk.stream().map(MatchKeys::value).toList()));
            for (JsonNode entity : read(query)) {
                if (!index(entity, asked, found)) {
                    throw new KommoException("Kommo answered the custom field filter of matchBy=" + match.describe()
                                             + " with kommo:" + request.entity() + " " + entity.path("id").asText()
                                             + ", which has none of the values asked for: the filter was ignored. "
                                             + "Nothing was written");
                }
            }
        }
        return found;
    }

    private List<JsonNode> read(KommoQuery query) throws KommoException {
        return request.client().readAll(KommoRequest.get(request.path(), query.entries()),
                request.entity().embeddedKey());
    }

    /** Adds the entity under each of its keys that were asked for; whether it had any. */
    private boolean index(JsonNode entity, Set<String> asked, Map<String, List<JsonNode>> found) {
        boolean any = false;
        for (String key : match.keys(entity)) {
            if (asked.contains(key)) {
                found.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
                any = true;
            }
        }
        return any;
    }
}
