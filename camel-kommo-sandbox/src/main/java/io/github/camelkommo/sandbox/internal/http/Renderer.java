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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EmbeddedLink;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.LinkIndex;
import io.github.camelkommo.sandbox.internal.store.WithExtra;

/**
 * Writes a stored entity in its API form: the stored fields, then {@code _links.self}, then {@code _embedded}
 * shaped by the entity table: tags, then the entity's {@link EmbeddedLink}s (leads: contacts only with
 * {@code with=contacts}, companies; contacts: companies, leads only with {@code with=leads}; companies: contacts and
 * leads only with {@code with=contacts} / {@code with=leads}); pipelines: statuses; tasks and users: none. Linked
 * entities carry their own {@code _links}. The entity's {@link WithExtra}s that {@code with} asks for are added at
 * the top level (before {@code _links}) or under {@code _embedded} (users get an {@code _embedded} only then).
 * It streams straight to the generator: no tree is built per answer.
 */
final class Renderer {

    private static final String DESCRIPTIONS = "descriptions";

    private Renderer() {
    }

    /** {@code base/api/v4/<path>}. */
    static String collectionHref(String base, EntityType type) {
        return base + "/api/v4/" + type.apiPath();
    }

    /** {@code base/api/v4/<path>/<id>}. */
    static String entityHref(String base, EntityType type, long id) {
        return collectionHref(base, type) + "/" + id;
    }

    /**
     * The {@code _links.self} of a stored item: {@code .../<path>/<id>}; a note's is under its entity,
     * {@code .../leads/<entity_id>/notes/<id>} (amoCRM notes examples); an event's id is a string.
     */
    static String selfHref(String base, EntityType type, ObjectNode stored) {
        String id = stored.get("id").asText();
        if (type.parent() != null) {
            return entityHref(base, type.parent(), stored.get("entity_id").asLong()) + "/notes/" + id;
        }
        return collectionHref(base, type) + "/" + id;
    }

    static String statusHref(String base, long pipelineId, long statusId) {
        return entityHref(base, EntityType.PIPELINES, pipelineId) + "/statuses/" + statusId;
    }

    static void entity(JsonGenerator g, EntityType type, ObjectNode stored, Set<String> with, String base,
                       LinkIndex index)
            throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : stored.properties()) {
            if (!"_embedded".equals(field.getKey())) {
                g.writeFieldName(field.getKey());
                Json.writeNode(g, field.getValue());
            }
        }
        extras(g, type, stored, with, false, base, index);
        long id = stored.get("id").asLong();
        Json.writeSelfLink(g, selfHref(base, type, stored));
        JsonNode embedded = stored.path("_embedded");
        if (type == EntityType.EVENTS) {
            eventEntity(g, stored, base);
        } else if (type == EntityType.PIPELINES) {
            g.writeObjectFieldStart("_embedded");
            g.writeArrayFieldStart("statuses");
            for (JsonNode status : embedded.path("statuses")) {
                status(g, (ObjectNode) status, Set.of(), base);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (!type.links().isEmpty() || asked(type, with, true)) {
            g.writeObjectFieldStart("_embedded");
            if (!type.links().isEmpty()) {
                writeField(g, "tags", embedded.path("tags"));
            }
            for (EmbeddedLink link : type.links()) {
                if (link.with() == null || with.contains(link.with())) {
                    if (link.isBackLink()) {
                        backLinks(g, link, index.linking(link, id), base);
                    } else {
                        links(g, link.key(), embedded.path(link.key()), link.targetType(), base, index);
                    }
                }
            }
            extras(g, type, stored, with, true, base, index);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * A pipeline stage: its stored fields and {@code _links}; {@code descriptions} (stored, or {@code []}) only with
     * {@code with=descriptions}, as the amoCRM pipelines reference marks it.
     */
    static void status(JsonGenerator g, ObjectNode stored, Set<String> with, String base) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : stored.properties()) {
            if (!DESCRIPTIONS.equals(field.getKey())) {
                writeField(g, field.getKey(), field.getValue());
            }
        }
        Json.writeSelfLink(g, statusHref(base, stored.get("pipeline_id").asLong(), stored.get("id").asLong()));
        if (with.contains(DESCRIPTIONS)) {
            writeField(g, DESCRIPTIONS, stored.path(DESCRIPTIONS));
        }
        g.writeEndObject();
    }

    /** Whether {@code with} asks for any of the entity's extras of this placement. */
    private static boolean asked(EntityType type, Set<String> with, boolean embedded) {
        return type.withExtras().stream().anyMatch(e -> e.embedded() == embedded && with.contains(e.with()));
    }

    /** Writes the entity's {@link WithExtra}s of this placement that {@code with} asks for (and that have a value). */
    private static void extras(JsonGenerator g, EntityType type, ObjectNode stored, Set<String> with,
                               boolean embedded, String base, LinkIndex index)
            throws IOException {
        for (WithExtra extra : type.withExtras()) {
            if (extra.embedded() == embedded && with.contains(extra.with())) {
                JsonNode value = extra.value().of(stored, index.store(), base);
                if (value != null) {
                    g.writeFieldName(extra.key());
                    Json.writeNode(g, value);
                }
            }
        }
    }

    /** An event's {@code _embedded.entity {id, _links}} (amoCRM events examples), the entity's type from the event. */
    private static void eventEntity(JsonGenerator g, ObjectNode event, String base) throws IOException {
        EntityType target = Arrays.stream(EntityType.values())
                .filter(t -> t.singular().equals(event.get("entity_type").asText())).findFirst().orElseThrow();
        long entityId = event.get("entity_id").asLong();
        g.writeObjectFieldStart("_embedded");
        g.writeObjectFieldStart("entity");
        g.writeNumberField("id", entityId);
        Json.writeSelfLink(g, entityHref(base, target, entityId));
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Stored links, leaving out those to deleted entities (they come back when the entity is restored). */
    private static void links(JsonGenerator g, String name, JsonNode stored, EntityType target, String base,
                              LinkIndex index)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (JsonNode link : stored) {
            if (index.store().find(target, link.get("id").asLong()).isEmpty()) {
                continue;
            }
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : link.properties()) {
                writeField(g, field.getKey(), field.getValue());
            }
            Json.writeSelfLink(g, entityHref(base, target, link.get("id").asLong()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void backLinks(JsonGenerator g, EmbeddedLink link, List<Long> ids, String base)
            throws IOException {
        g.writeArrayFieldStart(link.key());
        for (long linked : ids) {
            g.writeStartObject();
            g.writeNumberField("id", linked);
            Json.writeSelfLink(g, entityHref(base, link.targetType(), linked));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeField(JsonGenerator g, String name, JsonNode value) throws IOException {
        g.writeFieldName(name);
        Json.writeNode(g, value.isMissingNode() ? Json.array() : value);
    }
}
