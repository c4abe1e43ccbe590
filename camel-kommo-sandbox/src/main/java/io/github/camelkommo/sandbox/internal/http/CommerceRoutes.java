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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;

/**
 * The routes of short links and talks, of roles, of sources, of calls, of incoming leads ("unsorted"), of customers' own endpoints (mode, transactions, statuses, segments)
 * and of catalogs and their elements, registered before the generic ones; the generic list and get serve customers, statuses, segments and
 * catalogs, and the card routes customers' notes, tags, custom fields and links.
 */
final class CommerceRoutes {

    private static final String API = "/api/v4/";

    private CommerceRoutes() {
    }

    static void add(Router router, EntityStore store) {
        router.on("POST", API + "calls", new CallsHandler(store));
        UnsortedHandler unsorted = new UnsortedHandler(store);
        router.on("POST", API + "leads/unsorted/forms", unsorted::addForms)
                .on("POST", API + "leads/unsorted/sip", unsorted::addSip)
                .on("GET", API + "leads/unsorted", unsorted::list)
                .on("GET", API + "leads/unsorted/summary", unsorted::summary)
                .on("GET", API + "leads/unsorted/{key}", unsorted::get)
                .on("POST", API + "leads/unsorted/{key}/accept", unsorted::accept)
                .on("DELETE", API + "leads/unsorted/{key}/decline", unsorted::decline)
                .on("POST", API + "leads/unsorted/{key}/link", unsorted::link);
        router.on("PATCH", API + "customers/mode", new CustomersModeHandler(store));
        transactions(router, store);
        FullWriteHandler statuses = new FullWriteHandler(store, EntityType.CUSTOMER_STATUSES);
        router.on("POST", API + "customers/statuses", new CreateHandler(store, EntityType.CUSTOMER_STATUSES))
                .on("PATCH", API + "customers/statuses/{id}", statuses::updateOne)
                .on("DELETE", API + "customers/statuses/{id}", (request, ids) -> deleteStatus(store, request, ids));
        FullWriteHandler segments = new FullWriteHandler(store, EntityType.SEGMENTS);
        ScopedHandler segmentReads = new ScopedHandler(store, EntityType.SEGMENTS, "id", s -> s);
        router.on("POST", API + "customers/segments", segments::createOne)
                .on("PATCH", API + "customers/segments/{id}", segments::updateOne)
                .on("DELETE", API + "customers/segments/{id}", segmentReads::delete);
        FullWriteHandler sources = new FullWriteHandler(store, EntityType.SOURCES, SourcesDeleteHandler.BATCH_LIMIT);
        router.on("POST", API + "sources", sources::createBatch).on("PATCH", API + "sources", sources::updateBatch)
                .on("DELETE", API + "sources", new SourcesDeleteHandler(store));
        ChatLinksHandler chatLinks = new ChatLinksHandler(store);
        router.on("POST", API + "short_links", chatLinks::shortLinks).on("GET", API + "talks/{id}", chatLinks::talk)
                .on("POST", API + "talks/{id}/close", chatLinks::close);
        RolesHandler roles = new RolesHandler(store);
        router.on("POST", API + "roles", roles::create).on("PATCH", API + "roles/{id}", roles::update)
                .on("DELETE", API + "roles/{id}", roles::delete);
        FullWriteHandler catalogs = new FullWriteHandler(store, EntityType.CATALOGS);
        router.on("POST", API + "catalogs", catalogs::createBatch)
                .on("PATCH", API + "catalogs", catalogs::updateBatch)
                .on("PATCH", API + "catalogs/{id}", catalogs::updateOne);
        FullWriteHandler elements = new FullWriteHandler(store, EntityType.CATALOG_ELEMENTS);
        ScopedHandler elementReads = new ScopedHandler(store, EntityType.CATALOG_ELEMENTS, "catalog_id", null);
        router.on("GET", API + "catalogs/{id}/elements", (request, ids) -> new ScopedHandler(store,
                EntityType.CATALOG_ELEMENTS, "catalog_id", e -> element(request, e))
                .list(request, ids, FullWriteHandler.elementsHref(request.baseUrl(), ids[0])))
                .on("GET", API + "catalogs/{id}/elements/{id}", (request, ids) -> new ScopedHandler(store,
                        EntityType.CATALOG_ELEMENTS, "catalog_id", e -> element(request, e)).get(request, ids))
                .on("POST", API + "catalogs/{id}/elements", elements::createBatch)
                .on("PATCH", API + "catalogs/{id}/elements", elements::updateBatch)
                .on("PATCH", API + "catalogs/{id}/elements/{id}", elements::updateOne)
                .on("DELETE", API + "catalogs/{id}/elements/{id}", elementReads::delete);
        CustomFieldsHandler elementFields = new CustomFieldsHandler(store, EntityType.CATALOG_ELEMENTS,
                request -> request.baseUrl() + request.path().replaceFirst("(/custom_fields)/\\d+$", "$1"));
        router.on("GET", API + "catalogs/{id}/custom_fields",
                (request, ids) -> ofCatalog(store, request, ids, elementFields::list))
                .on("GET", API + "catalogs/{id}/custom_fields/{id}",
                        (request, ids) -> ofCatalog(store, request, ids, elementFields::get));
    }

    /** Answers for an existing catalog; an unknown one is 404, as for a missing page (the reference is silent). */
    private static ApiResponse ofCatalog(EntityStore store, ApiRequest request, long[] ids,
                                         Router.RouteHandler handler) {
        if (store.find(EntityType.CATALOGS, ids[0]).isEmpty()) {
            return Problems.notFound(request.method(), request.baseUrl() + request.path());
        }
        return handler.handle(request, ids);
    }

    private static void transactions(Router router, EntityStore store) {
        TransactionsHandler transactions = new TransactionsHandler(store);
        String all = API + "customers/transactions";
        String ofOne = API + "customers/{id}/transactions";
        Router.RouteHandler list = (request, ids) -> reads(store, request).list(request, ids,
                ids.length == 1 ? Renderer.entityHref(request.baseUrl(), EntityType.CUSTOMERS, ids[0])
                                  + "/transactions"
                                : request.baseUrl() + all);
        Router.RouteHandler get = (request, ids) -> reads(store, request).get(request, ids);
        Router.RouteHandler delete = (request, ids) -> reads(store, request).delete(request, ids);
        router.on("GET", all, list).on("GET", all + "/{id}", get).on("DELETE", all + "/{id}", delete)
                .on("GET", ofOne, list).on("POST", ofOne, transactions::add)
                .on("GET", ofOne + "/{id}", get).on("DELETE", ofOne + "/{id}", delete);
    }

    /** Deletes a customer status; the system ones are refused ("Для удаления не доступны системные статусы"). */
    private static ApiResponse deleteStatus(EntityStore store, ApiRequest request, long[] ids) {
        boolean system = store.find(EntityType.CUSTOMER_STATUSES, ids[0])
                .map(s -> s.path("is_default").asBoolean()).orElse(false);
        if (system) {
            throw FilterParams.bad("Customer status " + ids[0] + " is a system status, which cannot be deleted");
        }
        return new ScopedHandler(store, EntityType.CUSTOMER_STATUSES, "id", s -> s).delete(request, ids);
    }

    private static ScopedHandler reads(EntityStore store, ApiRequest request) {
        return new ScopedHandler(store, EntityType.TRANSACTIONS, "customer_id",
                t -> TransactionsHandler.render(request.baseUrl(), t));
    }

    private static ObjectNode element(ApiRequest request, ObjectNode stored) {
        return ScopedHandler.plain(stored, FullWriteHandler.href(request.baseUrl(), EntityType.CATALOG_ELEMENTS,
                stored));
    }
}
