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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that differed from the official PHP library's {@code toApi()} (see PhpWriteOracleTest and
 * ValueWriterOracleTest), sent through routes to the sandbox as the library sends them.
 */
class PhpOracleRoundTripTest extends KommoTestSupport {

    private JsonNode lastBody(String method, String path) throws Exception {
        List<RecordedRequest> requests = sandbox().stats().requests(method, path);
        assertThat(requests).isNotEmpty();
        return KommoJson.newMapper().readTree(requests.get(requests.size() - 1).body());
    }

    /** PHP NoteType/GeolocationNote.php:84-91 writes the coordinates as text; the sandbox takes only text. */
    @Test
    void aGeolocationNoteIsWrittenWithItsCoordinatesAsText() throws Exception {
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();

        Note created = template.requestBodyAndHeader("kommo:notes?entityType=leads&operation=create",
                Note.geolocation("Office", "1 Main St", 53.714816, 91.423146), KommoConstants.ENTITY_ID, lead,
                Note.class);

        assertThat(lastBody("POST", "/api/v4/leads").at("/0/params").toString())
                .isEqualTo("{\"text\":\"Office\",\"address\":\"1 Main St\",\"longitude\":\"53.714816\","
                           + "\"latitude\":\"91.423146\"}");
        assertThat(created.getId()).isNotNull();
    }

    /** A numeric field's value is text, as the amoCRM custom-fields reference types it ("value": "1.5"). */
    @Test
    void aNumericFieldIsWrittenAsDecimalText() throws Exception {
        Lead lead = new Lead();
        lead.setName("Discounted");
        lead.field("Discount", 1.5);

        Lead created = template.requestBody("kommo:leads?operation=create", lead, Lead.class);

        assertThat(lastBody("POST", "/api/v4/leads").at("/0/custom_fields_values/0/values/0/value").textValue())
                .isEqualTo("1.5");
        Lead read = template.requestBodyAndHeader("kommo:leads?operation=get", null, KommoConstants.ENTITY_ID,
                created.getId(), Lead.class);
        assertThat(read.field("Discount")).hasToString("1.5");
    }
}
