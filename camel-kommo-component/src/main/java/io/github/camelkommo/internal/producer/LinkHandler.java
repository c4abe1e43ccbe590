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
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.KommoOperation;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.internal.client.KommoResponse;
import io.github.camelkommo.model.CrmEntity;
import io.github.camelkommo.model.Link;

/**
 * Links a lead, contact or company to other entities, unlinks them, or reads its links. The body of link and unlink
 * is one or more {@link Link}s, Maps or JSON objects ({@code to_entity_id}, {@code to_entity_type},
 * {@code metadata}, whose keys {@link LinkMetadata} says), or the {@link CrmEntity} models to link to. With an entity id the links start from that entity
 * ({@code POST /leads/7/link}); without one each item names its {@code entity_id} ({@code POST /leads/link}).
 */
final class LinkHandler implements OperationHandler {

    /** One item of a link or unlink body (PHP LinkModel::toApi less the {@code entity_type} it sends as null). */
    static final WriteShape LINK = WriteShape.of("entity_id", "to_entity_id", "to_entity_type")
            .with("metadata", LinkMetadata.SHAPE);

    private final KommoOperation operation;
    private final LinkMetadata metadata = new LinkMetadata();

    LinkHandler(KommoOperation operation) {
        this.operation = operation;
    }

    @Override
    public void handle(OperationRequest request) throws Exception {
        Long id = request.entityId();
        String base = id == null ? request.path() : request.path() + "/" + id;
        if (operation == KommoOperation.links) {
            KommoRequest read = KommoRequest.get(base + "/links", request.listQuery(false));
            output(request, request.client().execute(read, false), List.of(), false);
            return;
        }
        ObjectMapper mapper = request.client().mapper();
        BodyReader.Items in = new BodyReader(mapper, Link.class, "kommo:" + request.entity() + " " + operation, LINK)
                .read(asLinks(request.message().getBody()));
        ArrayNode payload = mapper.createArrayNode();
        for (int i = 0; i < in.items().size(); i++) {
            payload.add(checked(request, in.items().get(i), id != null, i));
        }
        KommoResponse response = request.client().execute(
                KommoRequest.post(base + "/" + operation, mapper.writeValueAsBytes(payload)), false);
        List<JsonNode> sent = new ArrayList<>();
        payload.forEach(sent::add);
        output(request, response, sent, in.single());
    }

    /** The models to link to, as links; anything else is read as links by {@link BodyReader}. */
    private static Object asLinks(Object body) {
        if (body instanceof CrmEntity entity) {
            return link(entity);
        }
        if (body instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(CrmEntity.class::isInstance)) {
            return list.stream().map(entity -> link((CrmEntity) entity)).toList();
        }
        return body;
    }

    private static Link link(CrmEntity entity) {
        KommoEntity type = KommoEntity.of(entity.getClass());
        if (entity.getId() == null) {
            throw new IllegalArgumentException("A " + entity.getClass().getSimpleName() + " to link to needs its id");
        }
        return new Link(type.name(), entity.getId());
    }

    /** One link as Kommo takes it, checked before anything is sent. */
    private JsonNode checked(OperationRequest request, ObjectNode link, boolean fromEntityId, int position) {
        metadata.respell(link, "kommo:" + request.entity() + " " + operation);
        String where = "Link " + position + " for kommo:" + request.entity();
        String target = link.path("to_entity_type").asText("");
        if (!request.entity().linkTargets().contains(target)) {
            throw new IllegalArgumentException(where + " has to_entity_type '" + target + "'; kommo:" + request.entity()
                                               + " links to " + request.entity().linkTargets());
        }
        if (!link.path("to_entity_id").canConvertToLong()) {
            throw new IllegalArgumentException(where + " needs to_entity_id");
        }
        if (fromEntityId) {
            link.remove("entity_id");
        } else if (!link.path("entity_id").canConvertToLong()) {
            throw new IllegalArgumentException(where + " needs entity_id, or give the entity's id as entityId= or the "
                                               + "header CamelKommoEntityId");
        }
        return link;
    }

    /** The links Kommo answered (an unlink answers 204: then the links sent), one for one link sent. */
    private static void output(OperationRequest request, KommoResponse response, List<JsonNode> sent, boolean single)
            throws Exception {
        List<JsonNode> links = response.isEmpty() ? sent : response.items("links");
        List<Object> out = new ArrayList<>(links.size());
        for (JsonNode link : links) {
            out.add(request.config().isRawJson() ? link.toString()
                                                 : request.client().mapper().treeToValue(link, Link.class));
        }
        request.message().setBody(single && out.size() == 1 ? out.get(0) : out);
    }
}
