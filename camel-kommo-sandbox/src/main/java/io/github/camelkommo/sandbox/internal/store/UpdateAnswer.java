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

/**
 * How Kommo answers a PATCH of an entity, from the vendor's examples: the keys of each answered item
 * ({@code id}, {@code name} where shown, {@code updated_at}, {@code request_id}, {@code _links}) and the form of the
 * single-entity answer ({@code PATCH /<entity>/{id}}): the bare item, or the batch envelope
 * {@code {_links, _embedded: {<entity>: [item]}}}.
 *
 * @param name             whether items carry the entity's {@code name}
 * @param indexAsRequestId whether an item without a {@code request_id} is answered with its index ({@code "0"},
 *                         ...); otherwise {@code request_id} is echoed only when the item sent one
 * @param wrappedSingle    whether the single-entity answer is wrapped in the batch envelope
 * @param entityId         whether items carry the {@code entity_id} of the note's entity (notes)
 */
public record UpdateAnswer(boolean name, boolean indexAsRequestId, boolean wrappedSingle, boolean entityId) {

    /** Leads: {@code {id, updated_at, _links}}, single bare (amoCRM leads and tags references). */
    static final UpdateAnswer LEADS = new UpdateAnswer(false, false, false, false);

    /** Contacts and companies: {@code {id, name, updated_at, _links}}, single wrapped (amoCRM contacts, companies). */
    static final UpdateAnswer CARDS = new UpdateAnswer(true, false, true, false);

    /** Tasks: {@code {id, updated_at, request_id, _links}} (the index when none was sent), single bare (amoCRM). */
    static final UpdateAnswer TASKS = new UpdateAnswer(false, true, false, false);

    /**
     * Notes: {@code {id, entity_id, updated_at, _links}}, single bare (amoCRM events-and-notes, editing notes;
     * ground-truth/notes/update-lead-notes.json).
     */
    static final UpdateAnswer NOTES = new UpdateAnswer(false, false, false, true);

    /** Entities the API does not write (pipelines, users). */
    static final UpdateAnswer NONE = LEADS;
}
