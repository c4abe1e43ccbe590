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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoValidationException;
import io.github.camelkommo.internal.customfields.CustomFieldNames;
import io.github.camelkommo.internal.customfields.FieldOwner;

/**
 * The custom field values a write gives by name (a model's {@code field(name, value)}, a body's
 * {@code customFields}, the header {@code CamelKommoCustomFields}), resolved against the account's schema before
 * anything is sent, and once more after Kommo refused a resolved id as {@code NotSupportedChoice} (the schema
 * changed since it was read).
 */
final class NamedFields {

    private final OperationRequest request;
    private final List<Map<String, Map<String, Object>>> byName;
    private final CustomFieldNames names;
    private boolean refreshed;

    private NamedFields(OperationRequest request, List<Map<String, Map<String, Object>>> byName) {
        this.request = request;
        this.byName = byName;
        this.names = byName.stream().allMatch(Map::isEmpty) ? null : request.customFieldNames();
    }

    static NamedFields of(OperationRequest request, BodyReader.Items in) {
        Object header = request.message().getHeader(KommoConstants.CUSTOM_FIELDS);
        if (header != null && !(header instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Header " + KommoConstants.CUSTOM_FIELDS + " must be a Map of custom "
                                               + "field name or code to value, was " + header.getClass().getName());
        }
        List<Map<String, Map<String, Object>>> byName = new ArrayList<>();
        for (Map<String, Map<String, Object>> item : in.byName()) {
            Map<String, Map<String, Object>> merged = new LinkedHashMap<>(item);
            if (header instanceof Map<?, ?> fields && !fields.isEmpty()) {
                Map<String, Object> own = new LinkedHashMap<>();
                fields.forEach((k, v) -> own.put(String.valueOf(k), v));
                own.putAll(item.getOrDefault("", Map.of()));
                merged.put("", own);
            }
            byName.add(merged);
        }
        return new NamedFields(request, byName);
    }

    /** The items to send: copies of {@code items} with the values given by name written as Kommo takes them. */
    List<ObjectNode> resolved(List<ObjectNode> items) throws KommoException {
        List<ObjectNode> resolved = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            resolved.add(resolve(items.get(i), i));
        }
        return resolved;
    }

    /**
     * Whether the chunk Kommo refused is worth sending again with the schema read anew: values were given by name,
     * Kommo named a custom field's value {@code NotSupportedChoice}, and the schema has not been read anew yet.
     */
    boolean retryAfter(KommoValidationException refused) {
        boolean stale = names != null && !refreshed && refused.getErrors().stream()
                .anyMatch(e -> "NotSupportedChoice".equals(e.code()) && e.path() != null
                               && e.path().contains("custom_fields_values"));
        if (stale) {
            refreshed = true;
            names.refresh();
        }
        return stale;
    }

    /** Resolves the items from {@code start} to {@code end} again from their originals, into {@code sent}. */
    void resolveAgain(List<ObjectNode> originals, List<ObjectNode> sent, int start, int end) throws KommoException {
        for (int i = start; i < end; i++) {
            sent.set(i, resolve(originals.get(i), i));
        }
    }

    private ObjectNode resolve(ObjectNode item, int position) throws KommoException {
        Map<String, Map<String, Object>> named = byName.get(position);
        if (named.isEmpty()) {
            return item;
        }
        ObjectNode copy = item.deepCopy();
        for (Map.Entry<String, Map<String, Object>> at : named.entrySet()) {
            JsonNode target = at.getKey().isEmpty() ? copy : copy.at(at.getKey());
            if (target instanceof ObjectNode object) {
                names.resolve(owner(at.getKey()), object, at.getValue());
            }
        }
        return copy;
    }

    /**
     * Whose fields: the endpoint's entity (a catalog element's are its catalog's), or the contact or company a
     * complex lead embeds.
     */
    private FieldOwner owner(String pointer) {
        if (pointer.startsWith("/_embedded/contacts/")) {
            return FieldOwner.of(KommoEntity.contacts);
        }
        if (pointer.startsWith("/_embedded/companies/")) {
            return FieldOwner.of(KommoEntity.companies);
        }
        return request.entity() == KommoEntity.catalogElements ? FieldOwner.catalog(request.catalogId())
                                                               : FieldOwner.of(request.entity());
    }
}
