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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.internal.client.KommoQuery;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** How camel.component.kommo.* reaches the kommo component and its endpoint defaults. */
class KommoComponentPropertiesTest {

    /** A value other than the default for each option, as a property gives it; #bean: names a bean. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            entry("subdomain", "acme"), entry("accessToken", "test-token"), entry("domain", "amocrm.ru"),
            entry("baseUrl", "http://127.0.0.1:9"), entry("operation", "list"), entry("entityId", "21000007"),
            entry("pipelineId", "7100001"), entry("with", "contacts"), entry("query", "John"),
            entry("order", "updated_at:desc"), entry("page", "2"), entry("pageSize", "10"), entry("allPages", "true"),
            entry("rawJson", "true"), entry("batchSize", "25"), entry("retryNonIdempotent", "true"),
            entry("matchBy", "PHONE,EMAIL"), entry("matchPolicy", "newest"),
            entry("idempotencyRepository", "#bean:journal"),
            entry("splitBatchOn504", "true"), entry("progressInterval", "0"), entry("modifiedSince", "beginning"),
            entry("changesAsBatch", "true"), entry("stateRepository", "#bean:watermarks"),
            entry("bridgeErrorHandler", "true"), entry("lazyStartProducer", "true"),
            entry("autowiredEnabled", "false"), entry("requestsPerSecond", "3"), entry("permitTimeout", "1000"),
            entry("maxRetries", "1"), entry("retryBackoff", "100"), entry("maxRetryBackoff", "200"),
            entry("maxRetryAfter", "300"), entry("forbiddenCooldown", "400"),
            entry("rateLimiter", "#bean:sharedBucket"), entry("budgetRedisUri", "redis://127.0.0.1:6399/2"),
            entry("budgetRedisPassword", "test-redis-password"),
            entry("budgetStore", "#bean:budgetStore"), entry("budgetReplicas", "3"), entry("budgetKey", "one-address"),
            entry("connectTimeout", "500"),
            entry("responseTimeout", "600"), entry("maxConnections", "4"), entry("useEnvironmentVariables", "false"),
            entry("clientId", "test-client"), entry("clientSecret", "test-secret"),
            entry("redirectUri", "https://example.com/kommo"), entry("authorizationCode", "test-code"),
            entry("refreshToken", "test-refresh"), entry("tokenStore", "#bean:tokens"), entry("entityType", "contacts"),
            entry("catalogId", "4200002"), entry("customerId", "77"), entry("uid", "form-uid-1"),
            entry("unsortedType", "forms"),
            entry("customFieldsAs", "names"), entry("includeDeleted", "true"), entry("customFieldsCacheTtl", "700"),
            entry("stateFile", "target/watermarks.properties"),
            entry("healthCheckConsumerEnabled", "false"), entry("healthCheckProducerEnabled", "false"));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(CamelAutoConfiguration.class, KommoComponentAutoConfiguration.class))
            .withBean("sharedBucket", Bucket.class, () -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofSeconds(1))).build())
            .withBean("budgetStore", io.github.camelkommo.budget.BudgetStore.class,
                    () -> new io.github.camelkommo.redis.RedisBudgetStore(
                            io.lettuce.core.RedisClient.create("redis://127.0.0.1:6399")))
            .withBean("watermarks", MemoryStateRepository.class)
            .withBean("journal", MemoryIdempotentRepository.class)
            .withBean("tokens", io.github.camelkommo.auth.KommoTokenStore.class,
                    () -> new io.github.camelkommo.auth.FileTokenStore(java.nio.file.Path.of("target", "test-tokens")));

    @Test
    void bindsEveryCatalogOptionFromItsKebabCaseProperty() {
        Set<String> covered = new HashSet<>(VALUES.keySet());
        covered.addAll(List.of("configuration", "filter")); // each has its own test
        assertThat(covered).containsExactlyInAnyOrderElementsOf(KommoCatalog.componentOptions().keySet());

        runner.withPropertyValues(VALUES.entrySet().stream()
                .map(option -> property(option.getKey()) + "=" + option.getValue()).toArray(String[]::new))
                .run(context -> {
                    KommoComponent kommo = kommo(context);
                    PropertyConfigurerGetter options = (PropertyConfigurerGetter) kommo
                            .getComponentPropertyConfigurer();
                    VALUES.forEach((option, value) -> {
                        Object actual = options.getOptionValue(kommo, option, false);
                        if (value.startsWith("#bean:")) {
                            assertThat(actual).as(option).isSameAs(context.getBean(value.substring("#bean:".length())));
                        } else {
                            assertThat(String.valueOf(actual)).as(option).isEqualTo(value);
                        }
                    });
                });
    }

    @Test
    void bindsFiltersByKommoNamesIntoEveryEndpointsQuery() {
        runner.withPropertyValues(property("filter") + ".id=5", property("filter") + ".updated_at.from=1700000000")
                .run(context -> assertThat(new KommoQuery().filters(context.getBean(CamelContext.class)
                        .getEndpoint("kommo:leads", KommoEndpoint.class).getConfiguration().getFilter()).entries())
                        .containsExactlyInAnyOrder(entry("filter[id]", "5"),
                                entry("filter[updated_at][from]", "1700000000")));
    }

    @Test
    void appliesTheFlatOptionsOverAConfigurationBeanAndKeepsItsOtherValues() {
        KommoConfiguration defaults = new KommoConfiguration();
        defaults.setPageSize(100);
        defaults.setSubdomain("acme");
        runner.withBean("kommoDefaults", KommoConfiguration.class, () -> defaults)
                .withPropertyValues(property("configuration") + "=#bean:kommoDefaults",
                        property("base-url") + "=http://127.0.0.1:9")
                .run(context -> {
                    KommoConfiguration configuration = kommo(context).getConfiguration();
                    assertThat(configuration).isSameAs(defaults);
                    assertThat(configuration.getPageSize()).isEqualTo(100);
                    assertThat(configuration.getSubdomain()).isEqualTo("acme");
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:9");
                });
    }

    @Test
    void refusesAnObjectOptionThatNamesNoBean() {
        runner.withPropertyValues(property("rate-limiter") + "=sharedBucket")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("bean reference such as #bean:name"));
    }

    @Test
    void bindsNestedConfigurationProperties() {
        runner.withPropertyValues(property("configuration") + ".page-size=20", property("requests-per-second") + "=4")
                .run(context -> {
                    assertThat(kommo(context).getConfiguration().getPageSize()).isEqualTo(20);
                    assertThat(kommo(context).getRequestsPerSecond()).isEqualTo(4);
                });
    }

    @Test
    void leavesWhatNoPropertySetsToAComponentBean() {
        KommoComponent own = new KommoComponent();
        own.setRequestsPerSecond(2);
        own.getConfiguration().setBatchSize(10);
        runner.withBean("kommo", KommoComponent.class, () -> own)
                .withPropertyValues(property("page-size") + "=50")
                .run(context -> {
                    KommoComponent kommo = kommo(context);
                    assertThat(kommo).isSameAs(own);
                    assertThat(kommo.getRequestsPerSecond()).isEqualTo(2);
                    assertThat(kommo.getConfiguration().getBatchSize()).isEqualTo(10);
                    assertThat(kommo.getConfiguration().getPageSize()).isEqualTo(50);
                });
    }

    @Test
    void appliesNothingWhenTheCustomizerIsOff() {
        runner.withPropertyValues(property("requests-per-second") + "=3", property("customizer.enabled") + "=false")
                .run(context -> assertThat(kommo(context).getRequestsPerSecond()).isEqualTo(7));
    }

    private static String property(String option) {
        return KommoComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option);
    }

    private static KommoComponent kommo(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("kommo", KommoComponent.class);
    }
}
