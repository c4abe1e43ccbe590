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

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;

/**
 * What Kommo accepts in the write bodies of each entity, from the vendor reference and the official PHP library's
 * {@code toApi()} (see {@code docs/sandbox.md}, "Write bodies"). A model sent to Kommo is projected through these
 * shapes; a {@code Map} or JSON body is sent as given.
 */
final class WritableFields {

    /** A custom field's value item: {@code value}, plus the enum keys the field's type takes. */
    private static final WriteShape PLAIN_VALUE = WriteShape.of("value");
    private static final WriteShape ENUM_VALUE = WriteShape.of("value", "enum_id");
    private static final WriteShape ENUM_CODE_VALUE = WriteShape.of("value", "enum_id", "enum_code");
    private static final WriteShape CHAINED_VALUE = WriteShape.of("catalog_id", "catalog_element_id");
    private static final Set<String> ENUM_CODE_TYPES = Set.of("multitext", "select", "smart_address");
    private static final Set<String> ENUM_TYPES = Set.of("multiselect", "radiobutton", "category");

    /** {@code field_id} or {@code field_code}, and the values (their keys by the field's type). */
    private static final WriteShape CUSTOM_FIELD = WriteShape.of("field_id", "field_code");

    private static final WriteShape TAG = WriteShape.of("id", "name");
    private static final WriteShape TAGS = WriteShape.of().withEach("tags", TAG);

    /** What leads, contacts and companies share. */
    private static final WriteShape CARD = WriteShape.of("id", "name", "responsible_user_id", "created_by",
            "updated_by", "created_at", "updated_at", "request_id")
            .withEach("custom_fields_values", WritableFields::customField)
            .withEach("tags_to_add", TAG)
            .withEach("tags_to_delete", TAG)
            .finishing(WritableFields::tagsToAddOrEmbedded);

    private static final WriteShape CONTACT = CARD.with("_embedded", TAGS).and("first_name", "last_name");
    private static final WriteShape COMPANY = CARD.with("_embedded", TAGS);
    private static final WriteShape LEAD_UPDATE = CARD.and("price", "status_id", "pipeline_id", "closed_at",
            "loss_reason_id", "visitor_uid").with("_embedded", TAGS);
    private static final WriteShape LEAD_CREATE = LEAD_UPDATE.with("_embedded", WriteShape.of()
            .withEach("tags", TAG)
            .withEach("contacts", WriteShape.of("id", "is_main"))
            .withEach("companies", WriteShape.of("id"))
            .with("source", WriteShape.of("external_id", "type")));
    /** A complex lead embeds one whole contact and company to create (or an existing one by id). */
    private static final WriteShape LEAD_COMPLEX = LEAD_UPDATE.without("id").with("_embedded", WriteShape.of("metadata")
            .withEach("tags", TAG)
            .withEach("contacts", CONTACT.without("request_id", "updated_at"))
            .withEach("companies", COMPANY.without("request_id", "updated_at"))
            .with("source", WriteShape.of("external_id", "type")));
    private static final WriteShape TASK = WriteShape.of("id", "text", "responsible_user_id", "created_by",
            "updated_by", "created_at", "updated_at", "duration", "entity_type", "entity_id", "is_completed",
            "complete_till", "task_type_id", "request_id").with("result", WriteShape.of("text"));

    /** PHP NoteModel::toApi and the params its types add. */
    private static final WriteShape NOTE = WriteShape.of("id", "entity_id", "note_type", "params",
            "responsible_user_id", "created_by", "updated_by", "created_at", "updated_at", "request_id",
            "is_need_to_trigger_digital_pipeline");
    /** PHP TagModel::toApi. */
    private static final WriteShape NEW_TAG = WriteShape.of("name", "color", "request_id");
    /** PHP LossReasonModel::toApi. */
    private static final WriteShape NEW_LOSS_REASON = WriteShape.of("name", "sort", "request_id");

    /**
     * Who created an entity and when, and who changed it last and when, describe what was read, not the change: an
     * update leaves them to Kommo (an echoed {@code created_by} has been refused, amocrm-api-php#252; an echoed
     * {@code updated_at} would keep the old time, and pollers would miss the change). A Map body can still set all
     * but {@code updated_at}, which no update sends.
     */
    private static final String[] READ_STAMPS = {"created_at", "created_by", "updated_at", "updated_by"};

    /** AMO-RU customers-api (add 509–540) and PHP CustomerModel::toApi. */
    private static final WriteShape CUSTOMER = CARD.and("next_price", "next_date", "status_id", "periodicity")
            .with("_embedded", WriteShape.of().withEach("tags", TAG).withEach("segments", WriteShape.of("id")));
    /** AMO-RU customers-api (transactions 990–1010) and PHP TransactionModel::toApi. */
    private static final WriteShape TRANSACTION = WriteShape.of("price", "comment", "completed_at", "next_price",
            "next_date", "created_by", "request_id")
            .with("_embedded", WriteShape.of().withEach("catalog_elements",
                    WriteShape.of("id").with("metadata", WriteShape.of("catalog_id", "quantity"))));
    /** AMO-RU customers-statuses-api (310–311) and PHP CustomersStatusModel::toApi. */
    private static final WriteShape CUSTOMER_STATUS = WriteShape.of("id", "name", "sort", "color", "request_id");
    /** AMO-RU customers-statuses-api (segments) and PHP SegmentModel::toApi: one object, no request_id. */
    private static final WriteShape SEGMENT = WriteShape.of("id", "name", "color")
            .withEach("custom_fields_values", WritableFields::customField);

    /** AMO-RU catalogs-api (264–268) and PHP CatalogModel::toApi; the type is fixed once made. */
    private static final WriteShape CATALOG = WriteShape.of("id", "name", "type", "sort", "can_add_elements",
            "can_link_multiple", "can_show_in_cards", "request_id");
    /** AMO-RU catalogs-api (elements) and PHP CatalogElementModel::toApi. */
    private static final WriteShape CATALOG_ELEMENT = WriteShape.of("id", "name", "request_id")
            .withEach("custom_fields_values", WritableFields::customField);

    /** AMO-RU unsorted-api (297, 475) and PHP Unsorted models' toApi: the lead, contact and company it brings. */
    private static final WriteShape UNSORTED = WriteShape.of("request_id", "source_uid", "source_name", "pipeline_id",
            "created_at", "metadata")
            .with("_embedded", WriteShape.of().withEach("leads", LEAD_CREATE.without("id", "request_id"))
                    .withEach("contacts", CONTACT.without("id", "request_id"))
                    .withEach("companies", COMPANY.without("id", "request_id")));
    /** AMO-RU calls-api (38–52) and PHP CallModel::toApi. */
    private static final WriteShape CALL = WriteShape.of("direction", "uniq", "duration", "source", "link", "phone",
            "call_result", "call_status", "call_responsible", "responsible_user_id", "created_by", "updated_by",
            "created_at", "updated_at", "request_id");
    /** AMO-RU sources-api (248–269) and PHP SourceModel::toApi; external_id is fixed once made. */
    private static final WriteShape SOURCE = WriteShape.of("id", "name", "external_id", "pipeline_id", "default",
            "origin_code", "services", "request_id");
    /** AMO-RU short_links (27–40) and PHP ShortLinkModel::toApi. */
    private static final WriteShape SHORT_LINK = WriteShape.of("url", "metadata", "request_id");
    /** AMO-RU users-api (roles) and PHP RoleModel::toApi. */
    private static final WriteShape ROLE = WriteShape.of("id", "name", "rights", "request_id");

    /** The writes Kommo takes one object at a time (POST the object; PATCH {path}/{id}), answering it in full. */
    private static final Map<KommoEntity, Set<WriteKind>> ONE_BY_ONE = Map.of(
            KommoEntity.segments, Set.of(WriteKind.CREATE, WriteKind.UPDATE),
            KommoEntity.customerStatuses, Set.of(WriteKind.UPDATE), KommoEntity.roles, Set.of(WriteKind.UPDATE));

    private static final Map<KommoEntity, Map<WriteKind, WriteShape>> SHAPES = Map.ofEntries(
            Map.entry(KommoEntity.notes,
                    Map.of(WriteKind.CREATE, NOTE.without("id"), WriteKind.UPDATE, NOTE.without(READ_STAMPS))),
            Map.entry(KommoEntity.tags, Map.of(WriteKind.CREATE, NEW_TAG)),
            Map.entry(KommoEntity.lossReasons, Map.of(WriteKind.CREATE, NEW_LOSS_REASON)),
            Map.entry(KommoEntity.leads, Map.of(WriteKind.CREATE, LEAD_CREATE.without("id"),
                    WriteKind.UPDATE, LEAD_UPDATE.without(READ_STAMPS), WriteKind.COMPLEX, LEAD_COMPLEX)),
            Map.entry(KommoEntity.contacts, Map.of(WriteKind.CREATE, CONTACT.without("id"),
                    WriteKind.UPDATE, CONTACT.without(READ_STAMPS))),
            Map.entry(KommoEntity.companies, Map.of(WriteKind.CREATE, COMPANY.without("id"),
                    WriteKind.UPDATE, COMPANY.without(READ_STAMPS))),
            Map.entry(KommoEntity.tasks,
                    Map.of(WriteKind.CREATE, TASK.without("id"), WriteKind.UPDATE, TASK.without(READ_STAMPS))),
            // The rest of the API
            Map.entry(KommoEntity.customers, Map.of(WriteKind.CREATE, CUSTOMER.without("id"),
                    WriteKind.UPDATE, CUSTOMER.without(READ_STAMPS))),
            Map.entry(KommoEntity.transactions, Map.of(WriteKind.CREATE, TRANSACTION)),
            Map.entry(KommoEntity.customerStatuses, Map.of(WriteKind.CREATE, CUSTOMER_STATUS.without("id"),
                    WriteKind.UPDATE, CUSTOMER_STATUS)),
            Map.entry(KommoEntity.segments,
                    Map.of(WriteKind.CREATE, SEGMENT.without("id"), WriteKind.UPDATE, SEGMENT)),
            Map.entry(KommoEntity.catalogs,
                    Map.of(WriteKind.CREATE, CATALOG.without("id"), WriteKind.UPDATE, CATALOG.without("type"))),
            Map.entry(KommoEntity.catalogElements, Map.of(WriteKind.CREATE, CATALOG_ELEMENT.without("id"),
                    WriteKind.UPDATE, CATALOG_ELEMENT)),
            Map.entry(KommoEntity.unsorted, Map.of(WriteKind.CREATE, UNSORTED)),
            Map.entry(KommoEntity.calls, Map.of(WriteKind.CREATE, CALL)),
            Map.entry(KommoEntity.sources, Map.of(WriteKind.CREATE, SOURCE.without("id"),
                    WriteKind.UPDATE, SOURCE.without("external_id"))),
            Map.entry(KommoEntity.shortLinks, Map.of(WriteKind.CREATE, SHORT_LINK)),
            Map.entry(KommoEntity.roles, Map.of(WriteKind.CREATE, ROLE.without("id"), WriteKind.UPDATE, ROLE)));

    private WritableFields() {
    }

    /** The shape of one item of this entity's write of this kind. */
    static WriteShape of(KommoEntity entity, WriteKind kind) {
        WriteShape shape = SHAPES.getOrDefault(entity, Map.of()).get(kind);
        if (shape == null) {
            throw new IllegalStateException("kommo:" + entity + " has no " + kind.operation() + " body");
        }
        return shape;
    }

    /** The entities Kommo deletes with one request that lists the ids in its body. */
    private static final Set<KommoEntity> DELETED_IN_BODY = Set.of(KommoEntity.sources);
    /** Smaller largest writes than Kommo's 250: sources take 50 (AMO-RU sources-api 248). */
    private static final Map<KommoEntity, Integer> MAX_BATCH = Map.of(KommoEntity.sources, 50);

    /** The largest number of items of this entity one write request takes. */
    static int maxBatch(KommoEntity entity) {
        return MAX_BATCH.getOrDefault(entity, KommoEntity.MAX_BATCH);
    }

    /** Whether Kommo deletes this entity with one request that lists the ids in its body ({@code [{id}]}). */
    static boolean deletesInBody(KommoEntity entity) {
        return DELETED_IN_BODY.contains(entity);
    }

    /** Whether Kommo takes writes of this kind of the entity one object at a time. */
    static boolean oneByOne(KommoEntity entity, WriteKind kind) {
        return ONE_BY_ONE.getOrDefault(entity, Set.of()).contains(kind);
    }

    /**
     * Kommo ignores {@code tags_to_add} and {@code tags_to_delete} when {@code _embedded.tags} is sent too (it
     * replaces), so a model that adds or removes tags does not send the tags it was read with.
     */
    private static void tagsToAddOrEmbedded(ObjectNode item) {
        if ((item.has("tags_to_add") || item.has("tags_to_delete")) && item.path("_embedded").isObject()) {
            ((ObjectNode) item.get("_embedded")).remove("tags");
            if (item.get("_embedded").isEmpty()) {
                item.remove("_embedded");
            }
        }
    }

    /**
     * A custom field's shape by its {@code field_type}: enum keys only where the type takes them (phones and emails
     * their {@code enum_code}), since Kommo refuses e.g. {@code values.0.enum_code} on a text field. A value built
     * without a type keeps what it has.
     */
    private static WriteShape customField(JsonNode field) {
        String type = field.path("field_type").asText("");
        WriteShape values;
        if (type.isEmpty() || ENUM_CODE_TYPES.contains(type)) {
            values = ENUM_CODE_VALUE;
        } else if (ENUM_TYPES.contains(type)) {
            values = ENUM_VALUE;
        } else if (type.equals("chained_list")) {
            values = CHAINED_VALUE;
        } else {
            values = PLAIN_VALUE;
        }
        return CUSTOM_FIELD.withEach("values", values);
    }
}
