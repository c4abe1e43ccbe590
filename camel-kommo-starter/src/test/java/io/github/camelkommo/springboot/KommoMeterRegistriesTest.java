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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelkommo.sandbox.KommoSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kommo meters reach every Micrometer registry Spring Boot configures, whatever their number: with two (Prometheus
 * and JMX) the application's MeterRegistry is Spring Boot's composite of both, and each request is counted once in
 * the composite and once in each registry behind it.
 */
class KommoMeterRegistriesTest {

    private static final KommoSandbox SANDBOX = KommoSandbox.start();

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    static Stream<Arguments> exporters() {
        return Stream.of(
                Arguments.of(true, true, List.of(PrometheusMeterRegistry.class, JmxMeterRegistry.class)),
                Arguments.of(true, false, List.of(PrometheusMeterRegistry.class)),
                Arguments.of(false, false, List.of(SimpleMeterRegistry.class)));
    }

    @ParameterizedTest(name = "Prometheus {0}, JMX {1}")
    @MethodSource("exporters")
    void everyRegistryCountsEachRequestOnce(boolean prometheus, boolean jmx, List<Class<?>> registryTypes) {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(LeadApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.kommo.base-url=" + SANDBOX.baseUrl(),
                        "management.prometheus.metrics.export.enabled=" + prometheus,
                        "management.jmx.metrics.export.enabled=" + jmx)
                .run()) {
            application.getBean(ProducerTemplate.class)
                    .requestBody("direct:create-lead", Map.of("name", "Measured lead"));

            Collection<MeterRegistry> registries = application.getBeansOfType(MeterRegistry.class).values();
            List<MeterRegistry> exporting = registries.stream()
                    .filter(registry -> !(registry instanceof CompositeMeterRegistry)).toList();
            assertThat(exporting).map(Object::getClass).containsExactlyInAnyOrderElementsOf(registryTypes);
            MeterRegistry primary = application.getBean(MeterRegistry.class);
            if (exporting.size() > 1) {
                assertThat(primary).isInstanceOf(CompositeMeterRegistry.class);
                assertThat(((CompositeMeterRegistry) primary).getRegistries())
                        .containsExactlyInAnyOrderElementsOf(exporting);
            }
            for (MeterRegistry registry : registries) {
                Timer creates = registry.find("kommo.requests").tags("operation", "create", "status", "200").timer();
                assertThat(creates).as(registry.getClass().getSimpleName()).isNotNull();
                assertThat(creates.count()).as(registry.getClass().getSimpleName()).isEqualTo(1);
                assertThat(registry.find("kommo.budget.blocked").gauge()).as(registry.getClass().getSimpleName())
                        .isNotNull();
            }
            if (prometheus) {
                assertThat(application.getBean(PrometheusMeterRegistry.class).scrape())
                        .contains("kommo_requests_seconds_count{account=\"" + SANDBOX.baseUrl() + "\"");
            }
        }
    }
}
