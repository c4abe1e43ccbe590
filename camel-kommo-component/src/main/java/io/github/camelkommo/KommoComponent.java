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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.auth.FileTokenStore;
import io.github.camelkommo.auth.KommoTokenStore;
import io.github.camelkommo.budget.BudgetRegistry;
import io.github.camelkommo.budget.BudgetSettings;
import io.github.camelkommo.budget.BudgetStats;
import io.github.camelkommo.budget.BudgetStore;
import io.github.camelkommo.client.KommoAccount;
import io.github.camelkommo.client.KommoClient;
import io.github.camelkommo.client.KommoHttp;
import io.github.camelkommo.consumer.KommoConsumer;
import io.github.camelkommo.customfields.AccountSchema;
import io.github.camelkommo.customfields.CustomFieldNames;
import io.github.camelkommo.health.KommoHealthCheck;
import io.github.camelkommo.metrics.KommoMeters;
import io.github.camelkommo.model.KommoJson;
import io.github.bucket4j.Bucket;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kommo component. It owns one HTTP stack and, per account (base URL and token), one {@link KommoClient} with
 * one request budget, which every producer and consumer of every route talking to that account shares.
 */
@Component("kommo")
@ManagedResource(description = "Kommo component: request budgets of the accounts in use")
public class KommoComponent extends DefaultComponent {

    private static final Logger LOG = LoggerFactory.getLogger(KommoComponent.class);

    static {
        // Camel masks accessToken, clientSecret and refreshToken in URIs by name; authorizationCode is not on its list
        URISupport.addSanitizeKeywords("authorizationCode");
    }

    @Metadata(description = "Default options of every kommo endpoint of this component.")
    private KommoConfiguration configuration = new KommoConfiguration();

    @Metadata(label = "budget", defaultValue = "7",
              description = "Requests per second allowed to each account (Kommo allows 7); every endpoint and consumer "
                            + "of the account shares them.")
    private int requestsPerSecond = 7;
    @Metadata(label = "budget", defaultValue = "60000",
              description = "How long a request may wait for a permit of its account's budget, in milliseconds, "
                            + "before it fails with KommoBudgetException.")
    private long permitTimeout = 60_000;
    @Metadata(label = "budget", defaultValue = "3",
              description = "How often a request is retried after a 429, a 5xx or a lost connection (5xx and lost "
                            + "connections only for idempotent requests).")
    private int maxRetries = 3;
    @Metadata(label = "budget", defaultValue = "500",
              description = "The first wait before retrying a 5xx or a lost connection, in milliseconds; it doubles, with "
                            + "jitter, on each retry.")
    private long retryBackoff = 500;
    @Metadata(label = "budget", defaultValue = "10000",
              description = "The longest wait between retries of a 5xx or a lost connection, in milliseconds.")
    private long maxRetryBackoff = 10_000;
    @Metadata(label = "budget", defaultValue = "60000",
              description = "The longest pause Kommo's retry_after hint of a 429 may impose on the account before a "
                            + "retry, in milliseconds.")
    private long maxRetryAfter = 60_000;
    @Metadata(label = "budget", defaultValue = "300000",
              description = "How long, in milliseconds, nothing is sent to an account after Kommo blocked it (a 403 on "
                            + "everything, as after repeated 429s): every request fails fast with "
                            + "KommoForbiddenException meanwhile. A 403 for missing rights does not count.")
    private long forbiddenCooldown = 300_000;
    @Metadata(label = "producer", defaultValue = "600000",
              description = "How long, in milliseconds, an account's custom field definitions and time zone, read to "
                            + "resolve custom field values given by name, are used before they are read again. They are "
                            + "also read again once when Kommo refuses a resolved id.")
    private long customFieldsCacheTtl = 600_000;
    @Metadata(label = "budget,advanced",
              description = "A Bucket4j bucket to take every account's permits from instead of the component's own "
                            + "(requestsPerSecond then does not apply); e.g. a distributed bucket shared by several JVMs.")
    private Bucket rateLimiter;
    @Metadata(label = "budget,advanced", secret = true,
              description = "A Redis URI in Lettuce's form (redis://host:port/database, a password before the host; "
                            + "rediss:// with TLS) where the request budgets live, shared by every JVM that names the "
                            + "same Redis: one token bucket per account (or per budgetKey), the pause after a 429 and "
                            + "the block after Kommo's 403. The component connects through Lettuce and closes the "
                            + "connection when it stops.")
    private String budgetRedisUri;
    @Metadata(label = "budget,advanced",
              description = "A BudgetStore to share the request budgets with other JVMs instead of budgetRedisUri, e.g. a "
                            + "RedisBudgetStore on your own Lettuce client, or another Bucket4j proxy manager behind "
                            + "that interface. The component does not close it.")
    private BudgetStore budgetStore;
    @Metadata(label = "budget,advanced", defaultValue = "0",
              description = "With a shared budget (budgetRedisUri or budgetStore): how many replicas share it, for "
                            + "when its store cannot be reached. Each replica then sends at most requestsPerSecond "
                            + "divided by this number on its own until the store returns; 0 sends nothing meanwhile "
                            + "(requests wait up to permitTimeout for it). Either way the health check is DOWN.")
    private int budgetReplicas;
    @Metadata(label = "budget,advanced",
              description = "When set, every account of this component shares one request budget under this key, and "
                            + "with a shared store every replica using the same key shares it too: for integrations "
                            + "that serve many accounts from one IP address (Kommo counts 7 requests per second per "
                            + "address as well as per account). Unset: one budget per account.")
    private String budgetKey;

    @Metadata(label = "advanced", defaultValue = "5000", description = "Connect timeout in milliseconds.")
    private long connectTimeout = 5_000;
    @Metadata(label = "advanced", defaultValue = "30000",
              description = "How long to wait for Kommo's answer, in milliseconds.")
    private long responseTimeout = 30_000;
    @Metadata(label = "advanced", defaultValue = "20", description = "The most HTTP connections kept open.")
    private int maxConnections = 20;
    @Metadata(label = "advanced", defaultValue = "true",
              description = "Whether KOMMO_SUBDOMAIN and KOMMO_API_KEY give the subdomain and token when none is set.")
    private boolean useEnvironmentVariables = true;

    private final Map<KommoAccount, KommoClient> clients = new ConcurrentHashMap<>();
    private final Map<KommoClient, CustomFieldNames> customFieldNames = new ConcurrentHashMap<>();
    private final Map<Path, FileStateRepository> stateFiles = new ConcurrentHashMap<>();
    private final Set<KommoConsumer> consumers = ConcurrentHashMap.newKeySet();
    private final List<KommoHealthCheck> healthChecks = new CopyOnWriteArrayList<>();
    private Object meters; // a KommoMeters when the context has a Micrometer registry
    private final ObjectMapper mapper = KommoJson.newMapper();
    private KommoHttp http;
    private BudgetRegistry budgets;
    private KommoTokenStore defaultTokenStore;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        KommoEntity entity = entityOf(remaining);
        Object operation = parameters.get("operation");
        if (operation instanceof String name && Arrays.stream(KommoOperation.values()).noneMatch(o -> o.name().equals(name))) {
            throw KommoEndpoint.unknownOperation(name);
        }
        KommoEndpoint endpoint = new KommoEndpoint(uri, this, entity, configuration.copy());
        setProperties(endpoint, parameters);
        oneOf("customFieldsAs", endpoint.getConfiguration().getCustomFieldsAs(), "models", "names");
        entity.checkOrder(endpoint.getConfiguration().getOrder());
        if (endpoint.getConfiguration().getEntityType() != null) {
            oneOf("entityType", endpoint.getConfiguration().getEntityType(), "leads", "contacts", "companies");
        }
        return endpoint;
    }

    private static void oneOf(String option, String value, String... valid) {
        if (!Arrays.asList(valid).contains(value)) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "'; use one of "
                                               + String.join(", ", valid));
        }
    }

    private static KommoEntity entityOf(String remaining) {
        String name = remaining == null ? "" : remaining.trim();
        return Arrays.stream(KommoEntity.values()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Kommo entity '" + name + "' in kommo:" + name
                                                                + "; use one of " + Arrays.stream(KommoEntity.values())
                                                                        .map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** The shared client of the account a configuration names; checks the configuration before any request. */
    public KommoClient client(KommoConfiguration config) {
        if (config.getClientId() != null && !config.getClientId().isBlank() && config.getTokenStore() == null) {
            config = config.copy();
            config.setTokenStore(defaultTokenStore());
        }
        KommoAccount account = KommoAccount.of(config, useEnvironmentVariables ? System::getenv : name -> null);
        return clients.computeIfAbsent(account,
                a -> observe(new KommoClient(a, http(), mapper,
                        probe -> budgets().budget(a.name(), budgetSettings(), probe))));
    }

    /** Registers a new account's health check and metrics, and warns of a token about to expire. */
    private KommoClient observe(KommoClient client) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            String host = "kommo-" + client.account().baseUrl().getHost();
            long sameHost = healthChecks.stream().filter(c -> c.getId().startsWith(host)).count();
            KommoHealthCheck check = new KommoHealthCheck(client, sameHost == 0 ? host : host + "-" + (sameHost + 1));
            registry.register(check);
            healthChecks.add(check);
        }
        if (meters() != null) {
            ((KommoMeters) meters).bind(client);
        }
        client.account().tokenExpiry()
                .filter(at -> at.isBefore(Instant.now().plus(KommoHealthCheck.EXPIRY_WARNING)))
                .ifPresent(at -> LOG.warn("The Kommo token of {} expires at {}: create a new one", client.account().name(), at));
        return client;
    }

    /** The context's Micrometer registries as {@link KommoMeters}, or null when it has none or Micrometer is absent. */
    private synchronized Object meters() {
        if (meters == null) {
            Class<?> type = getCamelContext().getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry");
            if (type != null) {
                meters = KommoMeters.of(getCamelContext().getRegistry().findByType(type));
            }
        }
        return meters;
    }

    /** A consumer started: it shows in the dev console and, with Micrometer, publishes its lag. */
    public void consumerStarted(KommoConsumer consumer, KommoClient client) {
        if (consumers.add(consumer) && meters() != null) {
            ((KommoMeters) meters).bind(consumer, client.account().name());
        }
    }

    public void consumerStopped(KommoConsumer consumer) {
        if (consumers.remove(consumer) && meters != null) {
            ((KommoMeters) meters).unbind(consumer);
        }
    }

    /** The consumers running, for the dev console. */
    public Set<KommoConsumer> consumers() {
        return Set.copyOf(consumers);
    }

    /** The OAuth token store of configurations that name none: a FileTokenStore in ~/.camel-kommo/tokens. */
    private synchronized KommoTokenStore defaultTokenStore() {
        if (defaultTokenStore == null) {
            defaultTokenStore = new FileTokenStore(FileTokenStore.defaultDirectory());
        }
        return defaultTokenStore;
    }

    private synchronized KommoHttp http() {
        if (http == null) {
            http = new KommoHttp(Duration.ofMillis(connectTimeout), Duration.ofMillis(responseTimeout), maxConnections);
        }
        return http;
    }

    /** The budgets of the accounts, made when the first account is used, after every option is set. */
    private synchronized BudgetRegistry budgets() {
        if (budgets == null) {
            budgets = new BudgetRegistry(new BudgetRegistry.Options(rateLimiter, budgetStore, budgetRedisUri,
                    budgetReplicas, budgetKey));
        }
        return budgets;
    }

    private BudgetSettings budgetSettings() {
        return new BudgetSettings(requestsPerSecond, Duration.ofMillis(permitTimeout), maxRetries,
                Duration.ofMillis(retryBackoff), Duration.ofMillis(maxRetryBackoff), Duration.ofMillis(maxRetryAfter),
                Duration.ofMillis(forbiddenCooldown));
    }

    /** The clients of the accounts in use, for metrics and health checks. */
    public Map<KommoAccount, KommoClient> clients() {
        return Map.copyOf(clients);
    }

    /** The JSON mapper the component reads and writes Kommo's bodies with. */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    private long sum(ToLongFunction<BudgetStats> counter) {
        return clients.values().stream().mapToLong(c -> counter.applyAsLong(c.budget().stats())).sum();
    }

    @ManagedAttribute(description = "Accounts in use")
    public int getAccountCount() {
        return clients.size();
    }

    @ManagedAttribute(description = "Requests sent to Kommo, retries included, all accounts")
    public long getTotalRequests() {
        return sum(BudgetStats::getRequests);
    }

    @ManagedAttribute(description = "Requests that waited for a permit of their account's budget")
    public long getTotalPermitsWaited() {
        return sum(BudgetStats::getPermitsWaited);
    }

    @ManagedAttribute(description = "429 answers received")
    public long getTotalRateLimited() {
        return sum(BudgetStats::getRateLimited);
    }

    @ManagedAttribute(description = "Retries made")
    public long getTotalRetries() {
        return sum(BudgetStats::getRetries);
    }

    @ManagedAttribute(description = "Times a 403 opened an account's circuit")
    public long getTotalForbiddenTrips() {
        return sum(BudgetStats::getForbiddenTrips);
    }

    @ManagedAttribute(description = "Requests refused without being sent (no permit in time, circuit open)")
    public long getTotalRejected() {
        return sum(BudgetStats::getRejected);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        atLeast("requestsPerSecond", requestsPerSecond, 1, "(Kommo allows 7)");
        atLeast("permitTimeout", permitTimeout, 0, "milliseconds");
        atLeast("maxRetries", maxRetries, 0, "(0 turns retries off)");
        atLeast("retryBackoff", retryBackoff, 1, "milliseconds");
        atLeast("maxRetryBackoff", maxRetryBackoff, retryBackoff, "milliseconds, and not less than retryBackoff");
        atLeast("maxRetryAfter", maxRetryAfter, 0, "milliseconds");
        atLeast("forbiddenCooldown", forbiddenCooldown, 1, "milliseconds");
        atLeast("customFieldsCacheTtl", customFieldsCacheTtl, 0, "milliseconds");
        atLeast("connectTimeout", connectTimeout, 1, "milliseconds");
        atLeast("responseTimeout", responseTimeout, 1, "milliseconds");
        atLeast("maxConnections", maxConnections, 1, "");
        atLeast("budgetReplicas", budgetReplicas, 0, "(0 pauses while the shared budget cannot be reached)");
    }

    private static void atLeast(String option, long value, long min, String unit) {
        if (value < min) {
            throw new IllegalArgumentException("The kommo component option " + option + " must be at least " + min
                                               + (unit.isEmpty() ? "" : " " + unit) + ", was " + value);
        }
    }

    @Override
    protected void doStop() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            healthChecks.forEach(registry::unregister);
        }
        healthChecks.clear();
        if (meters != null) {
            ((KommoMeters) meters).close();
            meters = null;
        }
        clients.clear();
        customFieldNames.clear();
        stateFiles.clear();
        IOHelper.close(budgets);
        budgets = null;
        IOHelper.close(http);
        http = null;
        super.doStop();
    }

    public KommoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KommoConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public long getPermitTimeout() {
        return permitTimeout;
    }

    public void setPermitTimeout(long permitTimeout) {
        this.permitTimeout = permitTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getMaxRetryBackoff() {
        return maxRetryBackoff;
    }

    public void setMaxRetryBackoff(long maxRetryBackoff) {
        this.maxRetryBackoff = maxRetryBackoff;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    /** The one repository of a state file, shared by every consumer that names it. */
    public FileStateRepository stateFile(String file) {
        return stateFiles.computeIfAbsent(Path.of(file).toAbsolutePath().normalize(),
                path -> FileStateRepository.fileStateRepository(path.toFile()));
    }

    /** How an account's custom field values given by name are resolved: its schema, read once per TTL. */
    public CustomFieldNames customFieldNames(KommoClient client) {
        return customFieldNames.computeIfAbsent(client, c -> new CustomFieldNames(
                new AccountSchema(c, Duration.ofMillis(customFieldsCacheTtl))));
    }

    public long getCustomFieldsCacheTtl() {
        return customFieldsCacheTtl;
    }

    public void setCustomFieldsCacheTtl(long customFieldsCacheTtl) {
        this.customFieldsCacheTtl = customFieldsCacheTtl;
    }

    public long getForbiddenCooldown() {
        return forbiddenCooldown;
    }

    public void setForbiddenCooldown(long forbiddenCooldown) {
        this.forbiddenCooldown = forbiddenCooldown;
    }

    public Bucket getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(Bucket rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public String getBudgetRedisUri() {
        return budgetRedisUri;
    }

    public void setBudgetRedisUri(String budgetRedisUri) {
        this.budgetRedisUri = budgetRedisUri;
    }

    public BudgetStore getBudgetStore() {
        return budgetStore;
    }

    public void setBudgetStore(BudgetStore budgetStore) {
        this.budgetStore = budgetStore;
    }

    public int getBudgetReplicas() {
        return budgetReplicas;
    }

    public void setBudgetReplicas(int budgetReplicas) {
        this.budgetReplicas = budgetReplicas;
    }

    public String getBudgetKey() {
        return budgetKey;
    }

    public void setBudgetKey(String budgetKey) {
        this.budgetKey = budgetKey;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public boolean isUseEnvironmentVariables() {
        return useEnvironmentVariables;
    }

    public void setUseEnvironmentVariables(boolean useEnvironmentVariables) {
        this.useEnvironmentVariables = useEnvironmentVariables;
    }
}
