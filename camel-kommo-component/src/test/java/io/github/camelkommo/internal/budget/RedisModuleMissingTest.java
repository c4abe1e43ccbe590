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
package io.github.camelkommo.internal.budget;

import io.github.camelkommo.KommoComponent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component's own class path has no camel-kommo-redis (it does not depend on it): an option that keeps the budgets
 * in Redis fails the start, naming the option and the module to add, and a Redis password without a Redis fails too.
 */
class RedisModuleMissingTest {

    private static final String PASSWORD = "redis-secret-0815";

    private static DefaultCamelContext context(KommoComponent kommo) throws Exception {
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl("http://127.0.0.1:9");
        kommo.getConfiguration().setAccessToken("test-token");
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("kommo", kommo);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list");
            }
        });
        return context;
    }

    @Test
    void budgetRedisUriWithoutTheModuleFailsAtStartNamingTheOptionAndTheModule() throws Exception {
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisUri("redis://:" + PASSWORD + "@127.0.0.1:6379");
        try (DefaultCamelContext context = context(kommo)) {
            assertThatThrownBy(context::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("option budgetRedisUri")
                    .hasMessageContaining("io.github.camelkommo:camel-kommo-redis")
                    .message().doesNotContain(PASSWORD);
            assertThat(context.isStarted()).isFalse();
        }
    }

    @Test
    void aRedisPasswordWithoutARedisFailsAtStart() throws Exception {
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisPassword(PASSWORD);
        try (DefaultCamelContext context = context(kommo)) {
            assertThatThrownBy(context::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("budgetRedisPassword is set, but budgetRedisUri is not")
                    .message().doesNotContain(PASSWORD);
        }
    }
}
