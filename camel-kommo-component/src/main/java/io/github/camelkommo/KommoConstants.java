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

import org.apache.camel.spi.Metadata;

/** The headers the kommo component reads and writes. */
public final class KommoConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's operation.",
              javaType = "String",
              enums = "list,get,create,update,createComplex,link,unlink,links,subscribe,unsubscribe,delete,accept,decline,"
                      + "summary,close")
    public static final String OPERATION = "CamelKommoOperation";
    @Metadata(description = "The entity id: which entity get or a single-object update works on, whose links link, "
                            + "unlink and links work on, or whose notes a notes list reads. The consumer sets it to "
                            + "the id of the changed entity.",
              javaType = "Long")
    public static final String ENTITY_ID = "CamelKommoEntityId";
    @Metadata(label = "producer", description = "The pipeline whose stages are read (entity statuses).",
              javaType = "Long")
    public static final String PIPELINE_ID = "CamelKommoPipelineId";
    @Metadata(label = "producer",
              description = "Whose notes, tags or custom fields: leads, contacts, companies or customers.",
              javaType = "String", enums = "leads,contacts,companies,customers")
    public static final String ENTITY_TYPE = "CamelKommoEntityType";
    @Metadata(label = "producer",
              description = "The customer whose transactions are added or read (entity transactions).",
              javaType = "Long")
    public static final String CUSTOMER_ID = "CamelKommoCustomerId";
    @Metadata(label = "producer",
              description = "The catalog whose elements are read or written (entity catalogElements).",
              javaType = "Long")
    public static final String CATALOG_ID = "CamelKommoCatalogId";
    @Metadata(description = "The uid of the incoming (unsorted) lead get, accept, decline and link work on; a create "
                            + "sets it to the new item's uid, and the consumer of kommo:unsorted to the delivered "
                            + "item's.",
              javaType = "String")
    public static final String UID = "CamelKommoUid";
    @Metadata(label = "producer", description = "What kind of incoming (unsorted) leads a create adds: forms or sip.",
              javaType = "String", enums = "forms,sip")
    public static final String UNSORTED_TYPE = "CamelKommoUnsortedType";
    @Metadata(label = "producer",
              description = "Custom field values of a create or update by field name or code (Budget -> 1200, Source "
                            + "-> Web), for each item of the body; the component resolves names, option labels and "
                            + "dates from the account's schema.",
              javaType = "java.util.Map<String, Object>")
    public static final String CUSTOM_FIELDS = "CamelKommoCustomFields";
    @Metadata(label = "producer", description = "Kommo's with parameter: extra data to embed, comma separated.",
              javaType = "String")
    public static final String WITH = "CamelKommoWith";
    @Metadata(label = "producer", description = "Kommo's query parameter: a full-text search.", javaType = "String")
    public static final String QUERY = "CamelKommoQuery";
    @Metadata(label = "producer",
              description = "Filters of a list, merged over the endpoint's: keys as Kommo names them without the "
                            + "filter prefix (id, updated_at.from, statuses.0.pipeline_id), values a value or a list.",
              javaType = "java.util.Map<String, Object>")
    public static final String FILTER = "CamelKommoFilter";
    @Metadata(label = "producer", description = "The order of a list, as field:direction (updated_at:desc).",
              javaType = "String")
    public static final String ORDER = "CamelKommoOrder";
    @Metadata(label = "producer", description = "The page a list reads (from 1). After a one-page list: the page read.",
              javaType = "Integer")
    public static final String PAGE = "CamelKommoPage";
    @Metadata(label = "producer", description = "How many entities a list page holds (at most 250).",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelKommoPageSize";
    @Metadata(label = "producer", description = "Whether a list returns every page, lazily, instead of one.",
              javaType = "Boolean")
    public static final String ALL_PAGES = "CamelKommoAllPages";
    @Metadata(label = "producer", description = "After a one-page list: whether Kommo has a next page.",
              javaType = "Boolean")
    public static final String HAS_MORE = "CamelKommoHasMore";
    @Metadata(label = "producer",
              description = "After a get: false when Kommo had no such entity (it answers 204), and the body is null.",
              javaType = "Boolean")
    public static final String FOUND = "CamelKommoFound";
    @Metadata(label = "consumer", description = "When the delivered entity was changed (its updated_at).",
              javaType = "java.time.Instant")
    public static final String UPDATED_AT = "CamelKommoUpdatedAt";
    @Metadata(label = "consumer",
              description = "Whether the delivered entity was created, updated or (with includeDeleted) deleted since "
                            + "the last poll; a webhook consumer also delivers status (a lead's stage), responsible, "
                            + "restored and note (a note added: the body is the note, the entity id its owner's).",
              javaType = "String", enums = "created,updated,deleted,status,responsible,restored,note")
    public static final String CHANGE_TYPE = "CamelKommoChangeType";

    @Metadata(label = "consumer",
              description = "Webhook consumer: the call's form as Kommo posted it (application/x-www-form-urlencoded, "
                            + "old field names), for fields the model does not name.",
              javaType = "String")
    public static final String WEBHOOK_FORM = "CamelKommoWebhookForm";

    @Metadata(label = "consumer",
              description = "Set when the delivered entity could not be bound to its model: why (entity, id, field). "
                            + "The body is then the entity's JSON as Kommo sent it.",
              javaType = "String")
    public static final String BINDING_ERROR = "CamelKommoBindingError";

    @Metadata(label = "producer",
              description = "After an upsert: per item, in input order, whether it was created or updated (the body "
                            + "holds the items with their ids, in the same order).",
              javaType = "java.util.List<String>", enums = "created,updated")
    public static final String UPSERT_ACTIONS = "CamelKommoUpsertActions";

    private KommoConstants() {
    }
}
