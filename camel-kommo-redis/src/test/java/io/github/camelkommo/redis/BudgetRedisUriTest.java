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
package io.github.camelkommo.redis;

import java.net.ServerSocket;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.KommoSandboxExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What budgetRedisUri tells a user who got it wrong: a value that is no Redis URI fails the start (the option, the
 * value with its password masked, the expected form), and a Redis that cannot be reached fails the exchange with its
 * address and the option, nothing sent.
 */
class BudgetRedisUriTest {

    private static final String PASSWORD = "redis-secret-2718";

    @RegisterExtension
    static final KommoSandboxExtension SANDBOX = KommoSandboxExtension.create(KommoSandbox.builder());

    private static DefaultCamelContext context(KommoComponent kommo) throws Exception {
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(SANDBOX.sandbox().baseUrl());
        kommo.getConfiguration().setAccessToken(SANDBOX.sandbox().token());
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("kommo", kommo);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list&pageSize=5");
            }
        });
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:6379", ":" + PASSWORD + "@localhost:6379",
            "redis//:" + PASSWORD + "@localhost:6379",
            "http://localhost:6379", "redis://localhost:port", "redis://"})
    void aValueThatIsNoRedisUriFailsAtStartWithTheExpectedForm(String uri) throws Exception {
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisUri(uri);
        try (DefaultCamelContext context = context(kommo)) {
            assertThatThrownBy(context::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Invalid kommo component option budgetRedisUri '")
                    .hasMessageContaining("expected redis://[:password@]host:port[/database]")
                    .message().doesNotContain(PASSWORD);
            assertThat(context.isStarted()).isFalse();
        }
        assertThat(SANDBOX.sandbox().stats().total()).isZero();
    }

    @Test
    void theMaskedValueStillShowsWhatIsWrong() throws Exception {
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisUri("redis//:" + PASSWORD + "@localhost:6379");
        try (DefaultCamelContext context = context(kommo)) {
            assertThatThrownBy(context::start).rootCause()
                    .hasMessageContaining("'redis//xxxxxx@localhost:6379'");
        }
    }

    @Test
    void aPasswordInTheUriAndInBudgetRedisPasswordIsRefused() throws Exception {
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisUri("redis://:" + PASSWORD + "@localhost:6379");
        kommo.setBudgetRedisPassword("another-" + PASSWORD);
        try (DefaultCamelContext context = context(kommo)) {
            assertThatThrownBy(context::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("budgetRedisUri ('redis://xxxxxx@localhost:6379') and budgetRedisPassword "
                                          + "both give a password")
                    .message().doesNotContain(PASSWORD);
        }
    }

    @Test
    void aRedisThatIsDownFailsTheExchangeNamingItsAddressAndTheOption() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        KommoComponent kommo = new KommoComponent();
        kommo.setBudgetRedisUri("redis://127.0.0.1:" + port);
        kommo.setBudgetRedisPassword(PASSWORD);
        kommo.setPermitTimeout(1_500);
        try (DefaultCamelContext context = context(kommo)) {
            context.start();
            Exchange exchange = context.createProducerTemplate().request("direct:leads", e -> {
            });
            assertThat(exchange.getException()).isInstanceOf(KommoBudgetException.class)
                    .hasMessageContaining("not sent: Redis at 127.0.0.1:" + port + " (budgetRedisUri)")
                    .hasMessageContaining("cannot be reached")
                    .hasMessageContaining("1500 ms (permitTimeout)")
                    .message().doesNotContain("send less").doesNotContain(PASSWORD);
        }
        assertThat(SANDBOX.sandbox().stats().total()).as("requests the sandbox received").isZero();
    }
}
