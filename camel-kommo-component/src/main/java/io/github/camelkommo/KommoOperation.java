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
package io.github.camelkommo;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a kommo producer does with the endpoint's entity. */
public enum KommoOperation {
    /** Read a page of entities, or all pages lazily with {@code allPages=true}. */
    list,
    /** Read one entity by id (the account needs none). */
    get,
    /** Create entities; any number, sent in chunks of {@code batchSize}. */
    create,
    /** Update entities by id; any number, sent in chunks of {@code batchSize}. */
    update,
    /** Create leads each with one contact and one company, linked (leads only; at most 50 per request). */
    createComplex,
    /** Link a lead, contact or company to contacts, companies, leads or catalog elements. */
    link,
    /** Remove such links. */
    unlink,
    /** Read the links of a lead, contact or company (or of several, by entity_id filter). */
    links,
    /** Register a webhook: the body's destination URL, for the endpoint's events (webhooks only). */
    subscribe,
    /** Remove the webhook of the body's destination URL (webhooks only). */
    unsubscribe,

    // The rest of the API: customers, catalogs, incoming leads, calls, sources, short links, roles and talks
    /** Delete entities by id: the entity id, or the ids (or items with ids) of the body. */
    delete,
    /** Accept an incoming (unsorted) lead into a stage, by its uid. */
    accept,
    /** Decline an incoming (unsorted) lead, by its uid: its lead is deleted. */
    decline,
    /** Read the summary of the incoming (unsorted) leads: how many arrived, were accepted and declined. */
    summary,
    /** Close a talk by its id. */
    close,

    // Syncing an outside system without duplicates
    /**
     * Find each item by {@code matchBy} (a custom field, or a contact's or company's {@code PHONE}/{@code EMAIL}) and
     * update it, or create it when nothing matches (leads, contacts, companies, customers).
     */
    upsert;

    /**
     * The operation of a name, as an option or the {@code CamelKommoOperation} header gives it.
     *
     * @throws IllegalArgumentException naming the operations there are
     */
    public static KommoOperation named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Kommo operation '" + name + "'; use one of "
                                                                + Arrays.stream(values()).map(Enum::name)
                                                                        .collect(Collectors.joining(", "))));
    }
}
