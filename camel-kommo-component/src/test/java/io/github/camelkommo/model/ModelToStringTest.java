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
package io.github.camelkommo.model;

import java.util.List;
import java.util.Map;

import io.github.camelkommo.KommoTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A model printed in a log line shows what it holds, and never the secret a webhook's destination carries. */
class ModelToStringTest extends KommoTestSupport {

    @Test
    void aModelShowsTheFieldsThatAreSetBaseClassFirstTextQuoted() {
        Lead lead = new Lead();
        lead.setPrice(1200L);
        lead.setName("Order 17");
        lead.setId(42L);

        assertThat(lead).hasToString("Lead{id=42, name=\"Order 17\", price=1200}");
        assertThat(new Contact()).hasToString("Contact{}");
    }

    @Test
    void aLeadReadFromKommoShowsItsFieldsAndTheOnesTheModelHasNoPropertyFor() {
        Lead created = (Lead) template.requestBody("kommo:leads?operation=create",
                List.of(Map.of("name", "Order 17", "price", 1200)), List.class).get(0);

        Lead lead = template.requestBody("kommo:leads?operation=get&entityId=" + created.getId(), null, Lead.class);

        assertThat(lead.toString())
                .startsWith("Lead{id=" + created.getId() + ", ")
                .contains("name=\"Order 17\"", "price=1200", "createdAt=" + lead.getCreatedAt())
                .doesNotContain("null")
                .endsWith("}");
        lead.setOtherField("some_new_field", false);
        assertThat(lead.toString()).endsWith(", some_new_field=false}");
    }

    @Test
    void aWebhookHidesItsDestinationWhichCarriesTheHookSecret() {
        Webhook hook = Webhook.of("https://example.com/kommo/s3cr3t-hook-secret", List.of("add_lead"));

        assertThat(hook).hasToString("Webhook{destination=***, settings=[add_lead]}");
    }
}
