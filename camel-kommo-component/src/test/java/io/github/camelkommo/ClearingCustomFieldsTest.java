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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.model.KommoJson;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide's "null clears the field", as written, through a route: the field is sent with
 * {@code "values": null} (the PHP library's NullCustomFieldValueCollection; amocrm-api-php#352) and the stored lead
 * then lacks it, while the fields the update does not name keep their values.
 */
class ClearingCustomFieldsTest extends KommoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:update-lead").to("kommo:leads?operation=update");
            }
        };
    }

    private long fieldId(String name) {
        return sandbox().data().customFields("leads").stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long leadWithDiscountAndComment() throws Exception {
        ObjectNode lead = (ObjectNode) KommoJson.newMapper().readTree("{\"name\": \"Discounted\", "
                                                                      + "\"custom_fields_values\": [{\"field_id\": "
                                                                      + fieldId("Discount")
                                                                      + ", \"values\": [{\"value\": 15}]}, {\"field_id\": "
                                                                      + fieldId("Comment")
                                                                      + ", \"values\": [{\"value\": \"Keep me\"}]}]}");
        return sandbox().data().create("leads", lead).get("id").asLong();
    }

    private List<String> storedFieldNames(long lead) {
        return sandbox().data().get("leads", lead).orElseThrow().path("custom_fields_values")
                .findValuesAsText("field_name");
    }

    @Test
    void nullClearsTheFieldAndLeavesTheOthersAsTheyAre() throws Exception {
        long leadId = leadWithDiscountAndComment();

        Lead lead = new Lead();
        lead.setId(leadId);
        lead.field("Discount", null); // Discount is cleared; the lead's other fields keep their values
        template.requestBody("direct:update-lead", lead);

        List<RecordedRequest> patches = sandbox().stats().requests("PATCH", "/api/v4/leads");
        assertThat(patches).extracting(RecordedRequest::status).containsExactly(200);
        JsonNode sent = KommoJson.newMapper().readTree(patches.get(0).body());
        assertThat(sent.at("/0/custom_fields_values").toString())
                .isEqualTo("[{\"field_id\":" + fieldId("Discount") + ",\"values\":null}]");
        assertThat(storedFieldNames(leadId)).containsExactly("Comment");
        ObjectNode stored = sandbox().data().get("leads", leadId).orElseThrow();
        assertThat(stored.at("/custom_fields_values/0/values/0/value").asText()).isEqualTo("Keep me");
        assertThat(stored.get("name").asText()).isEqualTo("Discounted");
    }

    @Test
    void aMapBodyClearsByNameWithNullToo() throws Exception {
        long leadId = leadWithDiscountAndComment();
        Map<String, Object> fields = new HashMap<>();
        fields.put("Comment", null);

        template.requestBody("direct:update-lead", Map.of("id", leadId, "customFields", fields));

        assertThat(storedFieldNames(leadId)).containsExactly("Discount");
    }
}
