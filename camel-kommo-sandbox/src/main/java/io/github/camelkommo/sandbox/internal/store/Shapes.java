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

import java.util.ArrayList;
import java.util.List;

import static io.github.camelkommo.sandbox.internal.store.Shape.key;

/**
 * The nested write shapes Kommo accepts, from the official PHP library's {@code toApi()} methods and the vendor
 * reference (docs/sandbox.md, "What Kommo really accepts"): tags {@code {id|name}} (TagModel::toEntityApi; no
 * {@code color}), a lead's contact links {@code {id, is_main}} (ContactModel::toLeadApi) and company links
 * {@code {id}} and its {@code source} {@code {type, external_id}}, the last three on create only
 * (LeadModel::toApi writes them only when the lead has no id), a task's {@code result} {@code {text}}.
 */
final class Shapes {

    /** An item of {@code _embedded.tags}, {@code tags_to_add} or {@code tags_to_delete}. */
    static final Shape TAG = Shape.of(key("id"), key("name"));

    /** A lead's {@code _embedded}: tags always; contacts, companies and source only when the lead is created. */
    static final Shape LEAD_EMBEDDED = Shape.of(
            key("tags", TAG),
            key("contacts", Shape.of(key("id"), key("is_main"))).in(WriteOp.CREATE),
            key("companies", Shape.of(key("id"))).in(WriteOp.CREATE),
            key("source", Shape.of(key("type"), key("external_id"))).in(WriteOp.CREATE));

    /** A customer's {@code _embedded}: tags and segments (amoCRM customers-api, add example). */
    static final Shape CUSTOMER_EMBEDDED = Shape.of(key("tags", TAG), key("segments", Shape.of(key("id"))));

    /**
     * A transaction's {@code _embedded}: the catalog elements bought (amoCRM customers-api, adding transactions:
     * {@code catalog_elements[].id, metadata.catalog_id, metadata.quantity}).
     */
    static final Shape TRANSACTION_EMBEDDED = Shape.of(key("catalog_elements", Shape.of(key("id"),
            key("metadata", Shape.of(key("catalog_id"), key("quantity"))))));

    /** An item of a source's {@code services} (amoCRM sources-api: WhatsApp, its params and pages). */
    static final Shape SOURCE_SERVICE = Shape.of(key("type"), key("params", Shape.of(key("waba"),
            key("is_supports_list_message"))), key("pages", Shape.of(key("id"), key("name"), key("link"))));

    /**
     * A role's {@code rights} (amoCRM users-api, roles): per entity the actions {@code add, edit, view, delete,
     * export} (tasks: {@code edit, delete}), {@code status_rights[]} per lead stage, {@code mail_access},
     * {@code catalog_access}.
     */
    static final Shape ROLE_RIGHTS = Shape.of(key("leads", EntityRights.ACTIONS), key("contacts", EntityRights.ACTIONS),
            key("companies", EntityRights.ACTIONS), key("tasks", Shape.of(key("edit"), key("delete"))),
            key("mail_access"), key("catalog_access"), key("status_rights", Shape.of(key("entity_type"),
                    key("pipeline_id"), key("status_id"), key("rights", Shape.of(key("edit"), key("view"),
                            key("delete"), key("export"))))));

    /** A contact's or company's {@code _embedded}: tags only (links are made through the links API). */
    static final Shape CARD_EMBEDDED = Shape.of(key("tags", TAG));

    /**
     * An item of a links write ({@code POST /<entity>/link}, {@code /unlink}): the keys of the PHP library's
     * LinkModel::toApi ({@code entity_id, entity_type, to_entity_id, to_entity_type, metadata}); metadata as the
     * amoCRM entity-links reference's requests take it ({@code is_main, updated_by, quantity, catalog_id, price_id};
     * ContactModel and CatalogElementModel::getMetadataForLink write the same). {@code main_contact} is how Kommo
     * answers a main contact, never a request key: refused like {@code metadata.main}, which real Kommo refused with
     * {@code FieldNotExpected} (Krukov/amocrm_api#86).
     */
    static final Shape LINK = Shape.of(key("entity_id"), key("entity_type"), key("to_entity_id"),
            key("to_entity_type"), key("metadata", Shape.of(key("is_main"), key("updated_by"), key("quantity"),
                    key("catalog_id"), key("price_id"))));

    /** A task's {@code result}. */
    static final Shape TASK_RESULT = Shape.of(key("text"));

    private Shapes() {
    }

    /**
     * The shape of one item of an entity's writes: its fields, {@code request_id} (batch items; never in the parts
     * of a complex lead, which the library writes with toApi(null)) and {@code id} (updates, and the parts of a
     * complex lead, where it names an existing contact or company).
     */
    static Shape item(List<FieldSpec> fields) {
        List<Shape.Member> members = new ArrayList<>();
        fields.forEach(f -> members.add(f.member()));
        members.add(key("request_id").in(WriteOp.CREATE, WriteOp.UPDATE));
        members.add(key("id").in(WriteOp.UPDATE, WriteOp.COMPLEX_PART));
        return Shape.of(members.toArray(Shape.Member[]::new));
    }
}
