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
package io.github.camelkommo.sandbox.internal.store;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lead sources (amoCRM sources-api): {@code external_id} of at most 36 printable ASCII characters, unique among the
 * sources and fixed once made; {@code pipeline_id} an existing pipeline (the main one by default); services of type
 * {@code whatsapp} only ("На данный момент поддерживается только один тип"); at most 100 sources.
 */
final class SourceRules implements EntityRules {

    /** "Одна интеграция может создать не более 100 активных источников." */
    static final int MAX_SOURCES = 100;
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\x20-\\x7e]{1,36}");

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode source = Json.object();
        source.put("id", id);
        source.put("name", "");
        source.put("pipeline_id", store.mainPipelineId());
        source.put("external_id", "");
        source.put("default", false);
        source.putNull("origin_code");
        source.putArray("services");
        return source;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        JsonNode externalId = item.get("external_id");
        if (externalId != null && existing != null) {
            if (!externalId.asText().equals(existing.get("external_id").asText())) {
                violations.notSupportedChoice("external_id"); // "не может быть изменен после создания"
            }
        } else if (externalId != null) {
            if (!EXTERNAL_ID.matcher(externalId.asText()).matches()) {
                violations.notSupportedChoice("external_id");
            } else if (store.all(EntityType.SOURCES).stream()
                    .anyMatch(s -> s.get("external_id").asText().equals(externalId.asText()))) {
                violations.notSupportedChoice("external_id"); // "должен быть уникальным"
            }
            if (store.countWithBatch(EntityType.SOURCES) >= MAX_SOURCES) {
                violations.tooMany("id", MAX_SOURCES);
            }
        }
        if (item.hasNonNull("pipeline_id") && store.pipeline(item.get("pipeline_id").asLong()).isEmpty()) {
            violations.notSupportedChoice("pipeline_id");
        }
        JsonNode services = item.path("services");
        for (int i = 0; i < services.size(); i++) {
            if (!"whatsapp".equals(services.get(i).path("type").asText())) {
                violations.notSupportedChoice("services[" + i + "].type");
            }
        }
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.has("services")) {
            target.set("services", item.get("services"));
        }
    }
}
