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
package io.github.camelkommo.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;
import io.github.camelkommo.sandbox.internal.store.ValidationException;

/**
 * The sandbox's data, for seeding and assertions. Entity names are {@code leads}, {@code contacts},
 * {@code companies}, {@code tasks}, {@code pipelines}, {@code users}, the notes {@code leads/notes},
 * {@code contacts/notes}, {@code companies/notes} and (read-only) {@code events}. Entities are returned in their
 * stored form (the API form without {@code _links}; a lead's {@code _embedded.contacts} is always present) as deep
 * copies.
 * Writes go through the same validation as the API and throw {@link IllegalArgumentException} when it fails.
 */
public final class SandboxData {

    private final EntityStore store;

    SandboxData(EntityStore store) {
        this.store = store;
    }

    /** Every entity of a type, ordered by id (deep copies). */
    public List<ObjectNode> list(String entity) {
        return store.all(EntityType.of(entity)).stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    public Optional<ObjectNode> get(String entity, long id) {
        return store.find(EntityType.of(entity), id).map(ObjectNode::deepCopy);
    }

    public int count(String entity) {
        return store.count(EntityType.of(entity));
    }

    /**
     * Creates an entity as {@code POST} would: assigns the id, stamps {@code created_at}/{@code updated_at} from the
     * sandbox clock unless given, applies defaults, checks types and references.
     *
     * @throws IllegalArgumentException when the fields are invalid
     */
    public ObjectNode create(String entity, ObjectNode fields) {
        try {
            return store.createAll(EntityType.of(entity), List.of(fields), List.of("0")).get(0).deepCopy();
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Updates an entity as {@code PATCH} would (bumping {@code updated_at} unless the patch sets it).
     *
     * @throws IllegalArgumentException when there is no such entity or the patch is invalid
     */
    public ObjectNode update(String entity, long id, ObjectNode patch) {
        ObjectNode item = patch.deepCopy().put("id", id);
        try {
            return store.updateAll(EntityType.of(entity), List.of(item), List.of("0")).get(0).deepCopy();
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Sets fields of a stored entity exactly as given, bypassing validation, so that a test can serve a shape the
     * API would never store but real Kommo sends (a field of an unexpected type, say). Nothing else changes, not even
     * {@code updated_at} unless given.
     *
     * @throws IllegalArgumentException when there is no such entity
     */
    public ObjectNode overwrite(String entity, long id, ObjectNode fields) {
        return store.overwrite(EntityType.of(entity), id, fields).deepCopy();
    }

    /**
     * Bulk-inserts {@code n} realistic generated leads, contacts, companies or tasks (tasks attach to existing leads)
     * without per-item validation; 100,000 leads take well under a few seconds.
     *
     * @return the new ids in order
     */
    public List<Long> generate(String entity, int n) {
        return store.generate(EntityType.of(entity), n);
    }

    /** Removes every entity of a type. */
    public void clear(String entity) {
        store.clear(EntityType.of(entity));
    }

    /** The id of the main pipeline ("Sales" in the seed). */
    public long mainPipelineId() {
        return store.mainPipelineId();
    }

    /** The incoming-leads stage ({@code type=1}) of a pipeline. */
    public long incomingStatusId(long pipelineId) {
        return store.incomingStatusId(pipelineId);
    }

    /** The first regular stage of a pipeline: where a lead created without {@code status_id} lands. */
    public long firstStatusId(long pipelineId) {
        return store.firstRegularStatusId(pipelineId);
    }

    /** The statuses of a pipeline in order: incoming, regular stages, 142 (won), 143 (lost). Deep copies. */
    public List<ObjectNode> statuses(long pipelineId) {
        return store.statuses(pipelineId).stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    /** The user the token acts as ({@code current_user_id} of the account). */
    public long currentUserId() {
        return store.currentUserId();
    }

    /** The account id that every entity carries in {@code account_id}. */
    public long accountId() {
        return store.accountId();
    }

    /** The custom field definitions of {@code leads}, {@code contacts} or {@code companies} (deep copies). */
    public List<ObjectNode> customFields(String entity) {
        return store.customFieldDefinitions(EntityType.of(entity)).stream().map(ObjectNode::deepCopy)
                .collect(Collectors.toList());
    }

    /**
     * Sets the account's {@code country} as {@code GET /account} reports it (the seed's is {@code US}); a Russian
     * account ({@code RU}) is where Kommo reads a phone {@code 8 999 …} as {@code +7 999 …}. Back to the seed's after
     * {@link KommoSandbox#reset()}.
     */
    public void setCountry(String country) {
        store.country(country);
    }

    /**
     * Adds a custom field without options (text, numeric, url, ...) to {@code leads}, {@code contacts} or
     * {@code companies}, as an administrator does in Kommo's settings; {@code code} may be null. Gone after
     * {@link KommoSandbox#reset()}.
     *
     * @return the field's definition, with its id
     */
    public ObjectNode defineCustomField(String entity, String name, String code, String type) {
        return store.defineCustomField(EntityType.of(entity), name, code, type).deepCopy();
    }

    /**
     * Deletes a lead, contact, company or task as a Kommo user does in the UI (the API v4 has no DELETE for them):
     * it leaves lists and gets, links to it are hidden, {@code with=only_deleted} lists it, and an event
     * ({@code lead_deleted}, ...) is recorded.
     *
     * @throws IllegalArgumentException when there is no such entity, or the type cannot be deleted
     */
    public void delete(String entity, long id) {
        store.delete(deletable(entity), id);
    }

    /**
     * Restores a deleted lead, contact, company or task (with its links); records {@code lead_restored}, ....
     *
     * @throws IllegalArgumentException when no deleted entity of the type has this id
     * @return the restored entity (a deep copy)
     */
    public ObjectNode restore(String entity, long id) {
        return store.restore(deletable(entity), id).deepCopy();
    }

    /** The events the sandbox has recorded since the seed (or the last {@code reset()}), oldest first. */
    public List<ObjectNode> events() {
        return list("events");
    }

    /** The links of a lead, contact or company as {@code GET /api/v4/<entity>/links} shows them (deep copies). */
    public List<ObjectNode> links(String entity, long id) {
        return store.links(EntityType.of(entity), id);
    }

    /** The tag directory of {@code leads}, {@code contacts} or {@code companies}, by id (deep copies). */
    public List<ObjectNode> tags(String entity) {
        return store.tagList(EntityType.of(entity)).stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    /** The account's loss reasons, in order (deep copies). */
    public List<ObjectNode> lossReasons() {
        return store.lossReasons().stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    /**
     * The account's catalogs, each {@code {id, name, elements: [id, ...]}} (the ids of its elements); the catalogs
     * themselves are {@code list("catalogs")}, their elements {@code list("elements")}.
     */
    public List<ObjectNode> catalogs() {
        return store.catalogs().stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    /**
     * Opens a talk (a chat's conversation) of a contact on a lead, as a client writing in a messenger would; the API
     * only reads and closes talks.
     *
     * @return the talk ({@code talk_id}, ...)
     * @throws IllegalArgumentException when the contact or the lead does not exist
     */
    public ObjectNode addTalk(long contactId, long leadId, String origin) {
        return store.talks().open(contactId, leadId, origin).deepCopy();
    }

    /**
     * Adds an incoming lead to "Unsorted" as {@code POST /api/v4/leads/unsorted/<category>} would, also of the
     * categories the API cannot create ({@code chats}, {@code mail}: they arrive through other channels).
     *
     * @return the item's {@code uid}
     * @throws IllegalArgumentException when the item is invalid
     */
    public String addUnsorted(String category, ObjectNode item) {
        try {
            return store.unsorted().add(category, List.of(item), List.of("0")).get(0).get("uid").asText();
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static EntityType deletable(String entity) {
        EntityType type = EntityType.of(entity);
        if (!List.of(EntityType.LEADS, EntityType.CONTACTS, EntityType.COMPANIES, EntityType.TASKS).contains(type)) {
            throw new IllegalArgumentException("Only leads, contacts, companies and tasks can be deleted");
        }
        return type;
    }
}
