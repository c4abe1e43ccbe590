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
package io.github.camelkommo.internal.metrics;

import java.util.List;

import io.github.camelkommo.KommoTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meters reach every Micrometer registry of the application, however many it has: here a composite that feeds two
 * others (as Spring Boot makes for Prometheus and JMX) beside a registry of its own, each request counted once in
 * each registry that keeps meters.
 */
class KommoMeterRegistriesTest extends KommoTestSupport {

    private final MeterRegistry prometheusLike = new SimpleMeterRegistry();
    private final MeterRegistry jmxLike = new SimpleMeterRegistry();
    private final MeterRegistry standalone = new SimpleMeterRegistry();
    private final CompositeMeterRegistry composite = new CompositeMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        composite.add(prometheusLike).add(jmxLike);
        registry.bind("composite", composite);
        registry.bind("prometheusLike", prometheusLike);
        registry.bind("jmxLike", jmxLike);
        registry.bind("standalone", standalone);
    }

    @Test
    void everyRegistryCountsEachRequestOnce() {
        template.requestBody("kommo:leads?operation=list", (Object) null);
        template.requestBody("kommo:leads?operation=list", (Object) null);

        assertThat(sandbox().stats().requests("GET", "/api/v4/leads")).hasSize(2);
        for (MeterRegistry registry : List.of(prometheusLike, jmxLike, standalone)) {
            Timer lists = registry.find("kommo.requests").tags("entity", "leads", "operation", "list", "status", "200")
                    .timer();
            assertThat(lists).as(registry.toString()).isNotNull();
            assertThat(lists.count()).as(registry.toString()).isEqualTo(2);
            assertThat(registry.find("kommo.budget.blocked").gauge()).as(registry.toString()).isNotNull();
        }

        context.stop();
        assertThat(List.of(prometheusLike, jmxLike, standalone))
                .allSatisfy(registry -> assertThat(registry.find("kommo.requests").timers()).isEmpty());
    }
}
