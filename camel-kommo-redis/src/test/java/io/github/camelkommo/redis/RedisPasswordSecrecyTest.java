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

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelkommo.LogCapture;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.KommoSandboxExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis password, in budgetRedisUri or in budgetRedisPassword, given in camel-main's application.properties: the
 * budget reaches the Redis that asks for it, and neither camel-main's startup summary of the component's options nor
 * anything else logged shows it; nor any other secret option given there (the access token, the OAuth client secret,
 * refresh token and authorization code).
 */
class RedisPasswordSecrecyTest {

    private static final String PASSWORD = "redis-secret-31415";

    @RegisterExtension
    static final KommoSandboxExtension SANDBOX = KommoSandboxExtension.create(KommoSandbox.builder());

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new RedisServer(PASSWORD);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void aPasswordInBudgetRedisUriIsNeverLogged() throws Exception {
        List<String> logged = run(Map.of("camel.component.kommo.budget-redis-uri", redis.uri()));
        assertThat(logged).anySatisfy(line -> assertThat(line).containsIgnoringCase("budgetRedisUri")
                .contains("xxxxxx"));
        assertThat(logged).noneSatisfy(line -> assertThat(line).contains(PASSWORD));
    }

    @Test
    void budgetRedisPasswordIsNeverLogged() throws Exception {
        List<String> logged = run(Map.of("camel.component.kommo.budget-redis-uri", "redis://127.0.0.1:" + redis.port(),
                "camel.component.kommo.budget-redis-password", PASSWORD));
        assertThat(logged).anySatisfy(line -> assertThat(line).containsIgnoringCase("budgetRedisPassword")
                .contains("xxxxxx"));
        assertThat(logged).noneSatisfy(line -> assertThat(line).contains(PASSWORD));
    }

    @Test
    void noSecretOptionGivenInApplicationPropertiesIsEverLogged() throws Exception {
        // every secret option of the component at once; without clientId the account stays on the long-lived token,
        // so the OAuth ones are only shown (summaries), never used
        Map<String, String> secrets = Map.of("camel.component.kommo.budget-redis-uri",
                "redis://127.0.0.1:" + redis.port(), "camel.component.kommo.budget-redis-password", PASSWORD,
                "camel.component.kommo.client-secret", "client-secret-27182",
                "camel.component.kommo.refresh-token", "refresh-token-16180",
                "camel.component.kommo.authorization-code", "authorization-code-14142");
        List<String> logged = run(secrets);
        assertThat(logged).anySatisfy(line -> assertThat(line).containsIgnoringCase("clientSecret").contains("xxxxxx"));
        for (String secret : List.of(PASSWORD, "client-secret-27182", "refresh-token-16180",
                "authorization-code-14142", SANDBOX.sandbox().token())) {
            assertThat(logged).as("log lines").noneSatisfy(line -> assertThat(line).contains(secret));
        }
    }

    /**
     * Starts a camel-main application with these properties, sends one request through its shared budget and stops
     * it; returns what was logged meanwhile.
     */
    private static List<String> run(Map<String, String> properties) throws Exception {
        flushRedis();
        Properties application = new Properties();
        application.put("camel.component.kommo.use-environment-variables", "false");
        application.put("camel.component.kommo.base-url", SANDBOX.sandbox().baseUrl());
        application.put("camel.component.kommo.access-token", SANDBOX.sandbox().token());
        application.put("camel.component.kommo.permit-timeout", "10000");
        application.putAll(properties);
        Path file = Files.createTempFile("application-", ".properties");
        try (LogCapture logs = new LogCapture("io.github.camelkommo")) {
            try (Writer out = Files.newBufferedWriter(file)) {
                application.store(out, null);
            }
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + file);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:leads").to("kommo:leads?operation=list&pageSize=5");
                }
            });
            Configurator.setLevel("org.apache.camel", Level.INFO); // what an application shows by default
            main.start();
            try {
                Exchange exchange = main.getCamelTemplate().request("direct:leads", e -> {
                });
                assertThat(exchange.getException()).isNull();
            } finally {
                main.stop();
                Configurator.setLevel("org.apache.camel", Level.WARN);
            }
            assertThat(budgetKeys()).as("the budget's keys in the Redis that asks for the password").isNotEmpty();
            return logs.lines();
        } finally {
            Files.delete(file);
        }
    }

    private static List<String> budgetKeys() {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys("camel-kommo:budget:*");
        } finally {
            client.shutdown();
        }
    }

    private static void flushRedis() {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushall();
        } finally {
            client.shutdown();
        }
    }
}
