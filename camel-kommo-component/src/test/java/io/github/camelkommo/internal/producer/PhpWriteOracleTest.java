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
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.JsonShape;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.model.Company;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.KommoModel;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Link;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.model.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official PHP library (amocrm/amocrm-api-php @ 1354d8a, {@code src/AmoCRM/Models/...}) as an oracle for every
 * write this component sends: a model read with every field Kommo shows (read-only ones included) is written with
 * exactly the keys, and JSON types, that the library's {@code toApi()} writes for the same entity and write
 * ({@link JsonShape}: keys the library writes as null count as left out). {@code request_id} is left out of every row:
 * WriteHandler adds it to every item (the library too). Where a row differs from the library, its name says which
 * source was followed; docs/sandbox.md, "Writes checked against the PHP library", lists each.
 */
class PhpWriteOracleTest {

    private static final ObjectMapper MAPPER = KommoJson.newMapper();

    /** What leads, contacts and companies read with: stamps, read-only fields, a text custom field, a tag. */
    private static final String CARD = """
            "id": 3912171, "name": "Example", "responsible_user_id": 504141, "group_id": 0,
            "created_by": 504141, "updated_by": 504142, "created_at": 1585299171, "updated_at": 1590683337,
            "closest_task_at": null, "is_deleted": false, "account_id": 28805383,
            "custom_fields_values": [{"field_id": 1, "field_name": "Comment", "field_code": null,
              "field_type": "text", "values": [{"value": "Hi", "enum_id": null, "enum_code": null}]}],
            "_links": {"self": {"href": "https://example.kommo.com/api/v4/x/3912171"}}""";

    private static final String LEAD = "{" + CARD + """
            , "price": 1500, "status_id": 143, "pipeline_id": 3104455, "loss_reason_id": 4203748,
             "closed_at": 1590683337, "score": null, "labor_cost": null, "is_price_modified_by_robot": false,
             "_embedded": {"tags": [{"id": 100667, "name": "VIP", "color": null}],
               "companies": [{"id": 10971463, "_links": {"self": {"href": "x"}}}],
               "contacts": [{"id": 10971465, "is_main": true, "_links": {"self": {"href": "x"}}}]}}""";

    private static final String CONTACT = "{" + CARD + """
            , "first_name": "Ann", "last_name": "Lee", "is_unsorted": false,
             "_embedded": {"tags": [{"id": 7, "name": "Partner"}], "companies": [{"id": 10971463}]}}""";

    private static final String COMPANY = "{" + CARD + """
            , "_embedded": {"tags": [{"id": 7, "name": "Partner"}], "contacts": [{"id": 10971465}]}}""";

    private static final String TASK = """
            {"id": 61000001, "created_by": 504141, "updated_by": 504142, "created_at": 1585299171,
             "updated_at": 1590683337, "responsible_user_id": 504141, "group_id": 0, "entity_id": 3912171,
             "entity_type": "leads", "duration": 3600, "is_completed": true, "task_type_id": 1, "text": "Call",
             "result": {"text": "Done"}, "complete_till": 1590699999, "account_id": 28805383,
             "_links": {"self": {"href": "x"}}}""";

    /** The keys all three cards share in a create (PHP *Model::toApi writes them when set). */
    private static final List<String> CARD_CREATE = List.of("name:string", "responsible_user_id:integer",
            "created_by:integer", "updated_by:integer", "created_at:integer", "updated_at:integer",
            "custom_fields_values[].field_id:integer", "custom_fields_values[].values[].value:string");

    static Stream<Arguments> writes() {
        return Stream.of(
                row("lead create: LeadModel.php:933-1024 (price an integer as the vendor documents it, the library a float;"
                    + " updated_at from the vendor's add-leads parameters, amocrm.ru leads-api)",
                        KommoEntity.leads, WriteKind.CREATE, read(LEAD, Lead.class),
                        concat(CARD_CREATE, "price:integer", "status_id:integer", "pipeline_id:integer",
                                "loss_reason_id:integer", "closed_at:integer", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string", "_embedded.contacts[].id:integer",
                                "_embedded.contacts[].is_main:boolean", "_embedded.companies[].id:integer")),
                row("lead update: LeadModel.php:933-1024 with its id, no links (1001-1019 write them only on create), "
                    + "no read stamps (amocrm-api-php#252)",
                        KommoEntity.leads, WriteKind.UPDATE, read(LEAD, Lead.class),
                        List.of("id:integer", "name:string", "responsible_user_id:integer", "price:integer",
                                "status_id:integer", "pipeline_id:integer", "loss_reason_id:integer",
                                "closed_at:integer", "custom_fields_values[].field_id:integer",
                                "custom_fields_values[].values[].value:string", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string")),
                row("lead update with tags to add and delete: LeadModel.php:985-991, Traits/MutateTagsTrait.php:74-86"
                    + " (no _embedded.tags beside them)",
                        KommoEntity.leads, WriteKind.UPDATE, tagged(read(LEAD, Lead.class)),
                        List.of("id:integer", "name:string", "responsible_user_id:integer", "price:integer",
                                "status_id:integer", "pipeline_id:integer", "loss_reason_id:integer",
                                "closed_at:integer", "custom_fields_values[].field_id:integer",
                                "custom_fields_values[].values[].value:string", "tags_to_add[].name:string",
                                "tags_to_delete[].name:string")),
                row("complex lead: LeadModel.php:1030-1059 (toComplexApi: toApi without id, the contact and company "
                    + "by ContactModel/CompanyModel toApi(null))",
                        KommoEntity.leads, WriteKind.COMPLEX, read(LEAD, Lead.class),
                        concat(CARD_CREATE, "price:integer", "status_id:integer", "pipeline_id:integer",
                                "loss_reason_id:integer", "closed_at:integer", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string", "_embedded.contacts[].id:integer",
                                "_embedded.companies[].id:integer")),
                row("contact update: ContactModel.php:682-739 with its id, no read stamps",
                        KommoEntity.contacts, WriteKind.UPDATE, read(CONTACT, Contact.class),
                        List.of("id:integer", "name:string", "responsible_user_id:integer", "first_name:string",
                                "last_name:string", "custom_fields_values[].field_id:integer",
                                "custom_fields_values[].values[].value:string", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string")),
                row("company update: CompanyModel.php:576-625 with its id, no read stamps",
                        KommoEntity.companies, WriteKind.UPDATE, read(COMPANY, Company.class),
                        List.of("id:integer", "name:string", "responsible_user_id:integer",
                                "custom_fields_values[].field_id:integer",
                                "custom_fields_values[].values[].value:string", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string")),
                row("contact create: ContactModel.php:682-739 (updated_at: amocrm.ru contacts-api add parameters)",
                        KommoEntity.contacts, WriteKind.CREATE, read(CONTACT, Contact.class),
                        concat(CARD_CREATE, "first_name:string", "last_name:string", "_embedded.tags[].id:integer",
                                "_embedded.tags[].name:string")),
                row("company create: CompanyModel.php:576-625 (updated_at: amocrm.ru companies-api add parameters)",
                        KommoEntity.companies, WriteKind.CREATE, read(COMPANY, Company.class),
                        concat(CARD_CREATE, "_embedded.tags[].id:integer", "_embedded.tags[].name:string")),
                row("task create: TaskModel.php:513-580", KommoEntity.tasks, WriteKind.CREATE, read(TASK, Task.class),
                        List.of("text:string", "responsible_user_id:integer", "created_by:integer",
                                "updated_by:integer", "created_at:integer", "updated_at:integer", "duration:integer",
                                "entity_type:string", "entity_id:integer", "is_completed:boolean",
                                "complete_till:integer", "task_type_id:integer", "result.text:string")),
                row("task update: TaskModel.php:513-580 with its id, no read stamps", KommoEntity.tasks,
                        WriteKind.UPDATE, read(TASK, Task.class),
                        List.of("id:integer", "text:string", "responsible_user_id:integer", "duration:integer",
                                "entity_type:string", "entity_id:integer", "is_completed:boolean",
                                "complete_till:integer", "task_type_id:integer", "result.text:string")),
                row("common note: NoteModel.php:376-421, NoteType/CommonNote.php:16-23", KommoEntity.notes,
                        WriteKind.CREATE, Note.common("Called").on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.text:string")),
                row("call note: NoteType/CallNote.php:84-109", KommoEntity.notes, WriteKind.CREATE,
                        Note.callIn("+15550100", 65, "Telephony", "c-1", "https://rec.example/1").on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.uniq:string",
                                "params.duration:integer", "params.source:string", "params.link:string",
                                "params.phone:string")),
                row("sms note: NoteType/SmsNote.php:58", KommoEntity.notes, WriteKind.CREATE,
                        Note.smsOut("+15550100", "Hi").on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.text:string",
                                "params.phone:string")),
                row("service message: NoteType/BaseServiceMessageNote.php:56-61", KommoEntity.notes,
                        WriteKind.CREATE, Note.serviceMessage("Shop", "Paid").on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.service:string",
                                "params.text:string")),
                row("geolocation note: NoteType/GeolocationNote.php:84-91, coordinates as text (getLongitude(): "
                    + "?string; ground-truth/notes/add-lead-notes.json)",
                        KommoEntity.notes, WriteKind.CREATE,
                        Note.geolocation("Office", "1 Main St", 53.714816, 91.423146).on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.text:string",
                                "params.address:string", "params.longitude:string", "params.latitude:string")),
                row("attachment note: NoteType/AttachmentNote.php:95-102", KommoEntity.notes, WriteKind.CREATE,
                        Note.attachment("f-uuid", "v-uuid", "a.pdf").on(3912171),
                        List.of("entity_id:integer", "note_type:string", "params.file_uuid:string",
                                "params.version_uuid:string", "params.file_name:string")),
                row("link to a main contact: LinkModel.php:134-148 via Traits/GetLinkTrait.php:17-25, metadata "
                    + "ContactModel.php:813-826", null, null,
                        read("{\"to_entity_id\": 10971465, \"to_entity_type\": \"contacts\", \"metadata\": "
                             + "{\"is_main\": true, \"updated_by\": 504141}}", Link.class),
                        List.of("to_entity_id:integer", "to_entity_type:string", "metadata.is_main:boolean",
                                "metadata.updated_by:integer")),
                row("link to a catalog element: LinkModel.php:134-148, metadata CatalogElementModel.php:591-610",
                        null, null,
                        read("{\"entity_id\": 3912171, \"to_entity_id\": 4200009, \"to_entity_type\": "
                             + "\"catalog_elements\", \"metadata\": {\"quantity\": 2.5, \"catalog_id\": 4200008, "
                             + "\"price_id\": 900123}}", Link.class),
                        List.of("entity_id:integer", "to_entity_id:integer", "to_entity_type:string",
                                "metadata.quantity:number", "metadata.catalog_id:integer",
                                "metadata.price_id:integer")));
    }

    private static Arguments row(String php, KommoEntity entity, WriteKind kind, KommoModel model,
                                 List<String> shape) {
        return Arguments.of(php, entity, kind, model, shape);
    }

    private static List<String> concat(List<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).toList();
    }

    private static <T extends KommoModel> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Lead tagged(Lead lead) {
        lead.tag("Hot").untag("Cold");
        return lead;
    }

    /**
     * A custom field value read from Kommo and written back keeps the keys of its type's PHP value model
     * ({@code ValueModels/...}): BaseEnumCodeCustomFieldValueModel.php:92 and MultitextCustomFieldValueModel.php:58
     * {@code value, enum_id, enum_code}; BaseEnumCustomFieldValueModel.php:64 {@code value, enum_id};
     * ChainedListCustomFieldValueModel.php:57 {@code catalog_id, catalog_element_id}; BaseCustomFieldValueModel.php:61
     * (and the object-valued models, e.g. LegalEntityCustomFieldValueModel.php:449) {@code value}.
     */
    static Stream<Arguments> readValues() {
        List<String> enumCode = List.of("value", "enum_id", "enum_code");
        List<String> enumId = List.of("value", "enum_id");
        List<String> value = List.of("value");
        return Stream.of(Arguments.of("select", enumCode), Arguments.of("multitext", enumCode),
                Arguments.of("smart_address", enumCode), Arguments.of("multiselect", enumId),
                Arguments.of("radiobutton", enumId), Arguments.of("category", enumId),
                Arguments.of("chained_list", List.of("catalog_id", "catalog_element_id")), Arguments.of("text", value),
                Arguments.of("numeric", value), Arguments.of("checkbox", value), Arguments.of("date", value),
                Arguments.of("date_time", value), Arguments.of("birthday", value), Arguments.of("url", value),
                Arguments.of("textarea", value), Arguments.of("streetaddress", value),
                Arguments.of("legal_entity", value), Arguments.of("price", value),
                Arguments.of("tracking_data", value), Arguments.of("monetary", value));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("readValues")
    void aValueReadFromKommoGoesBackWithTheKeysOfItsPhpValueModel(String type, List<String> keys) throws Exception {
        Lead lead = read("{\"id\": 1, \"custom_fields_values\": [{\"field_id\": 7, \"field_name\": \"F\", "
                         + "\"field_code\": null, \"field_type\": \"" + type + "\", \"values\": [{\"value\": \"v\", "
                         + "\"enum_id\": 5, \"enum_code\": \"C\", \"catalog_id\": 8, \"catalog_element_id\": 9, "
                         + "\"subtype\": \"x\"}]}]}",
                Lead.class);
        String sent = new BodyReader(MAPPER, Lead.class, "kommo:test", WritableFields.of(KommoEntity.leads,
                WriteKind.UPDATE)).read(lead).items().get(0).toString();

        List<String> written = new ArrayList<>();
        MAPPER.readTree(sent).at("/custom_fields_values/0/values/0").fieldNames().forEachRemaining(written::add);
        assertThat(written).containsExactlyInAnyOrderElementsOf(keys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theWriteHasTheKeysAndTypesOfThePhpLibrarysToApi(String php, KommoEntity entity, WriteKind kind,
                                                         KommoModel model, List<String> shape)
            throws Exception {
        WriteShape writeShape = entity == null ? LinkHandler.LINK : WritableFields.of(entity, kind);
        String sent = new BodyReader(MAPPER, model.getClass(), "kommo:test", writeShape).read(model).items().get(0)
                .toString();

        assertThat(JsonShape.of(MAPPER.readTree(sent))).containsExactlyInAnyOrderElementsOf(shape);
    }
}
