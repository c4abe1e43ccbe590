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
package io.github.camelkommo.kamelets;

import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConstants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both Kamelets from a YAML DSL route, as the user guide shows them: a lead written through kommo-sink comes back
 * through kommo-source.
 */
class KameletYamlRoutesTest extends KameletTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("sandbox.baseUrl", sandbox().baseUrl());
        properties.setProperty("sandbox.token", sandbox().token());
        context.getPropertiesComponent().setInitialProperties(properties);
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(
                        ResourceHelper.resolveMandatoryResource(context, "classpath:routes/kommo-kamelets.camel.yaml"));
    }

    @Test
    void aLeadWrittenThroughTheSinkComesBackThroughTheSource() throws Exception {
        MockEndpoint changes = getMockEndpoint("mock:lead-changes");
        int seeded = sandbox().data().count("leads");
        await("the seeded leads", Duration.ofSeconds(20), () -> changes.getReceivedCounter() >= seeded);

        JsonNode created = MAPPER
                .readTree(template.requestBody("direct:new-lead", "{\"name\": \"Via YAML\"}", String.class));
        long id = created.get("id").asLong();
        await("the new lead", Duration.ofSeconds(20), () -> changes.getReceivedExchanges().stream()
                .anyMatch(e -> Long.valueOf(id).equals(e.getMessage().getHeader(KommoConstants.ENTITY_ID))));
        context.getRouteController().stopRoute("lead-changes");

        assertThat(sandbox().data().get("leads", id).orElseThrow().get("name").asText()).isEqualTo("Via YAML");
        assertThat(changes.getReceivedExchanges())
                .filteredOn(e -> e.getMessage().getHeader(KommoConstants.ENTITY_ID).equals(id))
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage().getHeader(KommoConstants.CHANGE_TYPE)).isEqualTo("created"));
    }
}
