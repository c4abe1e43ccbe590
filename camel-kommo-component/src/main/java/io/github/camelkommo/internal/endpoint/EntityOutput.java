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
package io.github.camelkommo.internal.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.model.HasCustomFields;
import io.github.camelkommo.model.KommoModel;

/**
 * One entity of an endpoint as the body a route gets: its model, its custom fields by name as a flat Map with
 * {@code customFieldsAs=names}, or the JSON text Kommo sent with {@code rawJson}.
 */
public final class EntityOutput {

    private final KommoEntity entity;
    private final KommoConfiguration config;
    private final ObjectMapper mapper;

    public EntityOutput(KommoEntity entity, KommoConfiguration config, ObjectMapper mapper) {
        this.entity = entity;
        this.config = config;
        this.mapper = mapper;
    }

    /** @throws KommoBindingException when the model cannot bind what Kommo sent, naming the entity, id and field */
    public Object of(JsonNode node) throws KommoBindingException {
        if (config.isRawJson()) {
            return node.toString();
        }
        try {
            KommoModel model = mapper.treeToValue(node, entity.modelType());
            return "names".equals(config.getCustomFieldsAs()) && model instanceof HasCustomFields named
                                                                                                        ? byNames(node,
                                                                                                                named)
                                                                                                        : model;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Long id = node.path("id").canConvertToLong() ? node.path("id").asLong() : null;
            String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
            throw new KommoBindingException(entity.name(), id, path, node.toString(), e);
        }
    }

    /**
     * A card or catalog element as a flat Map: its fields by Kommo's names, its custom fields by theirs (cf_ before a
     * taken name).
     */
    private Map<String, Object> byNames(JsonNode node, HasCustomFields card) {
        Map<String, Object> flat = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            if (!field.getKey().equals("custom_fields_values") && !field.getKey().equals("_links")) {
                flat.put(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
            }
        });
        card.fields().forEach((name, value) -> flat.put(flat.containsKey(name) ? "cf_" + name : name, value));
        return flat;
    }

    /** {@code _embedded.tags[0].id}: where in the item binding failed. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
