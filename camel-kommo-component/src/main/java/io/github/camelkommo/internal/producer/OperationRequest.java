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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.internal.account.AccountLease;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.customfields.CustomFieldNames;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One exchange as an operation sees it: the endpoint's options with the exchange's {@code CamelKommo*} headers laid
 * over them, checked before anything is sent, and the conversion of Kommo's JSON into the exchange's output.
 */
final class OperationRequest {

    private final Exchange exchange;
    private final EndpointContext endpoint;
    private final KommoConfiguration config;
    private final KommoClient client;
    private final AccountLease lease;

    /** @param client the account's client, labelled with the entity and operation of this exchange */
    OperationRequest(Exchange exchange, EndpointContext endpoint, KommoClient client, AccountLease lease) {
        this.exchange = exchange;
        this.endpoint = endpoint;
        this.config = endpoint.configuration();
        this.client = client;
        this.lease = lease;
    }

    Message message() {
        return exchange.getMessage();
    }

    KommoEntity entity() {
        return endpoint.entity();
    }

    KommoConfiguration config() {
        return config;
    }

    KommoClient client() {
        return client;
    }

    private <T> T header(String name, Class<T> type, T fallback) {
        T value = message().getHeader(name, type);
        return value != null ? value : fallback;
    }

    /** The entity id of the header or the endpoint, checked: Kommo's ids are positive. */
    Long entityId() {
        Long id = header(KommoConstants.ENTITY_ID, Long.class, config.getEntityId());
        if (id != null && id <= 0) {
            throw new IllegalArgumentException("Invalid entity id " + id + " for kommo:" + entity()
                                               + ": Kommo's ids are positive numbers (entityId= or the header "
                                               + KommoConstants.ENTITY_ID + ")");
        }
        return id;
    }

    /**
     * The entity's path below /api/v4/, with the pipeline of stages, the owner type of notes, tags and fields, the
     * catalog of elements; for reads the customer of transactions may be left out (then all customers').
     */
    String path() {
        return path(false);
    }

    /** The path a create sends to: every parameter of the entity's path is needed (a transaction's customer too). */
    String writePath() {
        return path(true);
    }

    private String path(boolean write) {
        String path = entity().path();
        if (entity().needsEntityType()) {
            path = path.replace("{entityType}", entityType().name());
        }
        path = parameter(path, "a pipeline", "pipelineId", KommoConstants.PIPELINE_ID, config.getPipelineId(), true);
        path = parameter(path, "a catalog", "catalogId", KommoConstants.CATALOG_ID, config.getCatalogId(), true);
        return parameter(path, "a customer", "customerId", KommoConstants.CUSTOMER_ID, config.getCustomerId(), write);
    }

    /** Fills {@code {option}} of a path from its header or option; an optional one left unset drops its segment. */
    private String parameter(String path, String what, String option, String headerName, Long configured,
                             boolean required) {
        String placeholder = "{" + option + "}";
        if (!path.contains(placeholder)) {
            return path;
        }
        Long value = header(headerName, Long.class, configured);
        if (value == null && !required) {
            return path.replace("/" + placeholder, "");
        }
        if (value == null || value <= 0) {
            throw new IllegalArgumentException("kommo:" + entity() + " needs " + what + ": set " + option
                                               + "= on the endpoint or the header " + headerName
                                               + (value == null ? "" : " to a positive id, was " + value));
        }
        return path.replace(placeholder, value.toString());
    }

    /**
     * The path a list reads: the entity's, or for items with an owner (notes) and an entity id given, that one
     * owner's ({@code leads/7/notes}).
     */
    String listPath() {
        Long owner = entity().ownerField() == null ? null : entityId();
        if (owner == null) {
            return path();
        }
        String type = entityType().name();
        return type + "/" + owner + path().substring(type.length());
    }

    private String checkedOrder() {
        String order = header(KommoConstants.ORDER, String.class, config.getOrder());
        entity().checkOrder(order);
        return order;
    }

    /** The catalog of elements, from its header or option; the path check has failed without one. */
    long catalogId() {
        return header(KommoConstants.CATALOG_ID, Long.class, config.getCatalogId());
    }

    /** How this account's custom field values given by name are resolved. */
    CustomFieldNames customFieldNames() {
        return lease.customFieldNames();
    }

    /** Whose notes, tags or custom fields: a lead, contact or company, checked before any request. */
    KommoEntity entityType() {
        String name = header(KommoConstants.ENTITY_TYPE, String.class, config.getEntityType());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "kommo:" + entity() + " needs entityType=leads, contacts, companies or customers "
                                               + "(on the endpoint or the header " + KommoConstants.ENTITY_TYPE + ")");
        }
        return Arrays.stream(KommoEntity.values()).filter(e -> e.isCard() && e.name().equals(name.trim())).findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("Invalid entityType '" + name + "' for kommo:" + entity()
                                                           + "; use leads, contacts, companies or customers"));
    }

    /** The path of one entity, failing before any request when no id (or uid) was given. */
    String pathOf(String operation) {
        if (entity().isSingleton()) {
            return path();
        }
        if (entity().keyField().equals("uid")) {
            String uid = header(KommoConstants.UID, String.class, config.getUid());
            if (uid == null || uid.isBlank()) {
                throw new IllegalArgumentException("Operation " + operation + " on kommo:" + entity() + " needs the "
                                                   + "item's uid: set uid= on the endpoint or the header "
                                                   + KommoConstants.UID);
            }
            return path() + "/" + URLEncoder.encode(uid.strip(), StandardCharsets.UTF_8);
        }
        Long id = entityId();
        if (id == null) {
            throw new IllegalArgumentException(
                    "Operation " + operation + " on kommo:" + entity() + " needs an entity id: "
                                               + "set entityId= on the endpoint or the header "
                                               + KommoConstants.ENTITY_ID);
        }
        return path() + "/" + id;
    }

    /** {@code with}, {@code query}, filters and order; with {@code paging}, also {@code page} and {@code limit}. */
    List<Map.Entry<String, String>> listQuery(boolean paging) {
        KommoQuery query = new KommoQuery();
        if (paging) {
            int size = header(KommoConstants.PAGE_SIZE, Integer.class, config.getPageSize());
            // a size Kommo never takes is refused by the query; a smaller largest page (events) caps a valid one
            query.page(header(KommoConstants.PAGE, Integer.class, config.getPage()),
                    size > KommoEntity.MAX_BATCH ? size : Math.min(size, entity().maxPage()));
        }
        return query.with(with())
                .search(header(KommoConstants.QUERY, String.class, config.getQuery()))
                .filters(filters())
                .order(checkedOrder())
                .entries();
    }

    /** The kind of unsorted items a create adds, from the header or the endpoint, or null. */
    String unsortedType() {
        return header(KommoConstants.UNSORTED_TYPE, String.class, config.getUnsortedType());
    }

    String with() {
        return header(KommoConstants.WITH, String.class, config.getWith());
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>(config.getFilter());
        Object header = message().getHeader(KommoConstants.FILTER);
        if (header instanceof Map<?, ?> map) {
            map.forEach((k, v) -> filters.put(String.valueOf(k), v));
        } else if (header != null) {
            throw new IllegalArgumentException("Header " + KommoConstants.FILTER + " must be a Map of filter names to "
                                               + "values, was " + header.getClass().getName());
        }
        if (entity() == KommoEntity.events && filters.containsKey("entity")) {
            filters.put("entity", singular(filters.get("entity")));
        }
        return filters;
    }

    /** Events name entities in the singular (lead, contact); the component's names (leads, contacts) are taken too. */
    private static Object singular(Object entities) {
        if (entities instanceof Collection<?> many) {
            return many.stream().map(OperationRequest::singular).toList();
        }
        String name = String.valueOf(entities).strip();
        if (name.contains(",")) {
            return singular(List.of(name.split("\\s*,\\s*")));
        }
        return Arrays.stream(KommoEntity.values()).filter(e -> e.name().equals(name)).findFirst()
                .map(KommoEntity::eventName).orElse(name);
    }

    /** The webhook events of the endpoint's {@code events} option (or the entity's defaults). */
    List<String> webhookEvents() {
        return endpoint.webhookEvents();
    }

    /** The body a read returns for one entity: its model, or its JSON text with rawJson. */
    Object output(JsonNode node) throws KommoBindingException {
        return endpoint.output(node);
    }
}
