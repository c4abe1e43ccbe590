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
package io.github.camelkommo.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.model.Lead;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application whose kommo component is configured by application.properties alone, routing against
 * the sandbox.
 */
@SpringBootTest(classes = LeadApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class KommoStarterTest {

    private static final KommoSandbox SANDBOX = KommoSandbox.start();

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;

    @DynamicPropertySource
    static void sandboxUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kommo.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void createsAndListsLeadsWithTheComponentConfiguredByProperties(CapturedOutput output) {
        int leads = SANDBOX.data().count("leads") + 1; // the seeded ones and the new one

        Lead created = template.requestBody("direct:create-lead",
                Map.of("name", "Lead from Spring Boot", "price", 1200), Lead.class);
        List<?> listed = template.requestBody("direct:all-leads", null, List.class);

        assertThat(created.getId()).isNotNull();
        assertThat(SANDBOX.data().get("leads", created.getId())).hasValueSatisfying(
                lead -> assertThat(lead.get("name").asText()).isEqualTo("Lead from Spring Boot"));
        assertThat(SANDBOX.stats().requests("POST", "/api/v4/leads")).singleElement()
                .satisfies(post -> assertThat(post.status()).isEqualTo(200));
        assertThat(listed).hasSize(leads).extracting(lead -> ((Lead) lead).getId()).contains(created.getId());

        // page-size=2: the list reads the leads two per page
        List<RecordedRequest> pages = SANDBOX.stats().requests("GET", "/api/v4/leads");
        assertThat(pages).hasSize((leads + 1) / 2)
                .allSatisfy(page -> assertThat(page.query()).contains("limit=2"));
        // requests-per-second=5: the pages are at least ~200 ms apart (at the default 7 they would be ~150 ms)
        Duration spacing = Duration.ofNanos((pages.get(pages.size() - 1).nanoTime() - pages.get(0).nanoTime())
                / (pages.size() - 1));
        assertThat(spacing).isGreaterThan(Duration.ofMillis(185));

        KommoComponent kommo = camelContext.getComponent("kommo", KommoComponent.class);
        assertThat(kommo.getRequestsPerSecond()).isEqualTo(5);
        assertThat(kommo.getConfiguration().getPageSize()).isEqualTo(2);
        assertThat(kommo.getConfiguration().getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(kommo.getConfiguration().getAccessToken()).isEqualTo(SANDBOX.token());
        assertThat(output).doesNotContain(SANDBOX.token());
    }
}
