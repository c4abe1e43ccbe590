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
package io.github.camelkommo.internal.customfields;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.JsonShape;
import io.github.camelkommo.model.CustomField;
import io.github.camelkommo.model.KommoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official PHP library (amocrm/amocrm-api-php @ 1354d8a) as an oracle for custom field values: for every field
 * type Kommo documents, the {@code values} this component writes have the keys and JSON types the library's value
 * model writes in its {@code toApi()} ({@code src/AmoCRM/Models/CustomFieldsValues/ValueModels/...}; a key the
 * library writes as null counts as left out, see {@link JsonShape}). Where the library and the vendor's reference
 * (amoCRM custom-fields, "Примеры заполнения разных типов полей через API") differ, the row says which was followed
 * and why; docs/sandbox.md, "Writes checked against the PHP library", lists each.
 */
class ValueWriterOracleTest {

    private static final String BASE = "ValueModels/BaseCustomFieldValueModel.php:61 {value}";
    private static final String ENUM_CODE = "ValueModels/BaseEnumCodeCustomFieldValueModel.php:92 {value, enum_id, enum_code}";
    private static final String ENUM = "ValueModels/BaseEnumCustomFieldValueModel.php:64 {value, enum_id}";

    static Stream<Arguments> types() {
        return Stream.of(
                row("text", "Hello", "TextCustomFieldValueModel extends " + BASE, "[].value:string"),
                row("numeric", 1.5, "NumericCustomFieldValueModel extends " + BASE
                                    + " (the caller's scalar, docblock int|string); vendor: value string, \"1.5\"",
                        "[].value:string"),
                row("checkbox", true, "CheckboxCustomFieldValueModel.php:19 casts to bool; " + BASE,
                        "[].value:boolean"),
                row("select", "Beta", "SelectCustomFieldValueModel extends " + ENUM_CODE, "[].enum_id:integer"),
                row("multiselect", List.of("Alpha", "Beta"), "MultiselectCustomFieldValueModel extends " + ENUM,
                        "[].enum_id:integer"),
                row("radiobutton", "Alpha", "RadiobuttonCustomFieldValueModel extends " + ENUM, "[].enum_id:integer"),
                row("date", LocalDate.of(2026, 5, 8), "DateCustomFieldValueModel.php:66 writes RFC 3339 text; vendor: "
                                                      + "unix seconds or RFC 3339, example in seconds: seconds kept",
                        "[].value:integer"),
                row("date_time", Instant.parse("2026-05-08T10:30:00Z"),
                        "DateTimeCustomFieldValueModel extends DateCustomFieldValueModel.php:66 (as date)",
                        "[].value:integer"),
                row("birthday", LocalDate.of(1990, 1, 31),
                        "BirthdayCustomFieldValueModel extends DateCustomFieldValueModel.php:66 (as date)",
                        "[].value:integer"),
                row("url", "https://example.com", "UrlCustomFieldValueModel extends " + BASE, "[].value:string"),
                row("textarea", "Line 1\nLine 2", "TextareaCustomFieldValueModel extends " + BASE, "[].value:string"),
                row("multitext", "+1 555 0100", "MultitextCustomFieldValueModel.php:58 {value, enum_id, enum_code}",
                        "[].enum_code:string", "[].value:string"),
                row("smart_address", Map.of("city", "Moscow", "zip", "109004"),
                        "SmartAddressCustomFieldValueModel extends " + ENUM_CODE + "; vendor: one value per part",
                        "[].enum_code:string", "[].value:string"),
                row("legal_entity", Map.of("name", "Acme LLC", "vat_id", "7701234567"),
                        "LegalEntityCustomFieldValueModel.php:449 {value: {name, vat_id, ...}}",
                        "[].value.name:string", "[].value.vat_id:string"),
                row("price", 100, "PriceCustomFieldValueModel extends " + BASE + "; vendor: value string",
                        "[].value:string"),
                row("category", "Alpha", "CategoryCustomFieldValueModel extends " + ENUM, "[].enum_id:integer"),
                row("tracking_data", "utm_source=mail", "TrackingDataCustomFieldValueModel extends " + BASE,
                        "[].value:string"),
                row("streetaddress", "1 Main St", "StreetAdressCustomFieldValueModel extends " + BASE,
                        "[].value:string"),
                row("monetary", "19.99", "MonetaryCustomFieldValueModel extends " + BASE + "; vendor: value string",
                        "[].value:string"));
    }

    private static Arguments row(String type, Object value, String php, String... shape) {
        return Arguments.of(type, value, php, List.of(shape));
    }

    private static ValueWriter writer(String type) throws Exception {
        CustomField field = KommoJson.newMapper().readValue("{\"id\": 900100, \"name\": \"Field\", \"type\": \"" + type
                                                            + "\", \"enums\": [{\"id\": 11, \"value\": \"Alpha\"}, "
                                                            + "{\"id\": 12, \"value\": \"Beta\"}]}",
                CustomField.class);
        return new ValueWriter(field, ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("types")
    void valuesHaveTheKeysAndTypesOfThePhpValueModel(String type, Object value, String php, List<String> shape)
            throws Exception {
        assertThat(JsonShape.of(onTheWire(writer(type).values(value)))).containsExactlyElementsOf(shape);
    }

    /** The values as they go on the wire, read back (a value held as a Java object becomes its JSON). */
    private static JsonNode onTheWire(JsonNode values) throws Exception {
        ObjectMapper mapper = KommoJson.newMapper();
        return mapper.readTree(mapper.writeValueAsString(values));
    }

    /** ValueCollections/NullCustomFieldValueCollection.php:13 (toApi() null), sent by BaseCustomFieldValuesModel.php:155. */
    @Test
    void nullClearsAsTheNullValueCollectionDoes() throws Exception {
        assertThat(writer("numeric").values(null).isNull()).isTrue();
    }

    @Test
    void anAddressGivesOnePerPartAndTextAloneIsItsFirstLine() throws Exception {
        assertThat(writer("smart_address").values("1 Main St").toString())
                .isEqualTo("[{\"value\":\"1 Main St\",\"enum_code\":\"address_line_1\"}]");
        assertThatThrownBy(() -> writer("smart_address").values(Map.of("town", "Springfield")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Field' (smart_address)")
                .hasMessageContaining("[address_line_1, address_line_2, city, state, zip, country]");
    }

    @Test
    void aLegalEntityIsAMapOfItsFields() {
        assertThatThrownBy(() -> writer("legal_entity").values("Acme LLC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Field' (legal_entity) takes a Map of its fields")
                .hasMessageContaining("'Acme LLC'");
    }

    @Test
    void aNumberIsWrittenAsItsPlainDecimalText() throws Exception {
        assertThat(writer("numeric").values(1.5e3).toString()).isEqualTo("[{\"value\":\"1500.0\"}]");
        assertThat(writer("price").values(" 42 ").toString()).isEqualTo("[{\"value\":\"42\"}]");
    }
}
