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

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bucket;
import io.github.camelkommo.budget.BudgetStore;
import io.github.camelkommo.internal.account.AccountLease;
import io.github.camelkommo.internal.account.AccountOptions;
import io.github.camelkommo.internal.account.AccountsOwner;
import io.github.camelkommo.internal.account.KommoAccounts;
import io.github.camelkommo.internal.budget.BudgetSettings;
import io.github.camelkommo.internal.budget.SharedBudgetStore;
import io.github.camelkommo.internal.endpoint.OptionChecks;
import io.github.camelkommo.internal.metrics.BudgetTotals;
import io.github.camelkommo.internal.state.StateFiles;
import io.github.camelkommo.model.KommoJson;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.util.URISupport;

/**
 * The kommo component: its options, and the endpoints it creates. The accounts it talks to (per base URL and token one
 * client with one request budget, which every producer and consumer of that account shares, and their health checks
 * and meters) are kept by it, one set per start. As Camel's components do, it honours
 * {@code healthCheckProducerEnabled} and {@code healthCheckConsumerEnabled}.
 */
@Component("kommo")
@ManagedResource(description = "Kommo component: request budgets of the accounts in use")
public class KommoComponent extends HealthCheckComponent implements AccountsOwner {

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
              description = "How long an exchange may wait for its account's budget, in milliseconds, counted from "
                            + "when the producer queued it (and how long each of its requests may wait for a permit), "
                            + "before it fails with KommoBudgetException, unsent.")
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
              description = "A Redis URI, redis://host:port/database (rediss:// with TLS; a password goes before the "
                            + "host, or in budgetRedisPassword), where the request budgets live, shared by every JVM "
                            + "that names the same Redis: one token bucket per account (or per budgetKey), the pause "
                            + "after a 429 and the block after Kommo's 403. Needs the module "
                            + "io.github.camelkommo:camel-kommo-redis on the class path (the component fails to start "
                            + "without it); it connects through Lettuce and closes the connection when the component "
                            + "stops.")
    private String budgetRedisUri;
    @Metadata(label = "budget,advanced,security", secret = true,
              description = "The password of the Redis that budgetRedisUri names, when the URI carries none: keeps the "
                            + "password out of the URI.")
    private String budgetRedisPassword;
    @Metadata(label = "budget,advanced",
              description = "A BudgetStore to share the request budgets with other JVMs instead of budgetRedisUri, e.g. a "
                            + "RedisBudgetStore (camel-kommo-redis) on your own Lettuce client, or another Bucket4j "
                            + "proxy manager behind that interface. The component does not close it.")
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

    /**
     * Whether camel-webhook (an optional dependency) is on the class path: only then are endpoints webhook-capable,
     * since loading {@link KommoWebhookEndpoint} without it would fail. Its factory method answers a plain
     * {@link KommoEndpoint}, so that verifying this class (as Spring does when it introspects the component) never
     * loads {@link KommoWebhookEndpoint}.
     */
    private static final boolean WEBHOOK_MODULE = onClassPath(
            "org.apache.camel.component.webhook.WebhookCapableEndpoint");

    private final ObjectMapper mapper = KommoJson.newMapper();
    private final StateFiles stateFiles = new StateFiles();
    private KommoAccounts accounts;
    private final SharedBudgetStore sharedBudgetStore = new SharedBudgetStore();

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        if (context != null) {
            SharedBudgetStore.maskInSummaries(context);
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        KommoEntity entity = OptionChecks.entity(remaining);
        OptionChecks.operation(parameters);
        KommoEndpoint endpoint = WEBHOOK_MODULE
                                                ? KommoWebhookEndpoint.create(uri, this, entity, configuration.copy())
                                                : new KommoEndpoint(uri, this, entity, configuration.copy());
        setProperties(endpoint, parameters);
        OptionChecks.endpoint(entity, endpoint.getConfiguration());
        return endpoint;
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, KommoComponent.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The accounts the component talks to, and the consumers polling them.
     * <p>
     * Internal: public for the component's {@code internal} packages, not part of the API.
     */
    @Override
    public synchronized KommoAccounts accounts() {
        if (accounts == null) {
            accounts = new KommoAccounts(getCamelContext(), this::accountOptions);
        }
        return accounts;
    }

    /** A lease on the account of an endpoint's configuration, for one of its producers or consumers. */
    AccountLease lease(KommoConfiguration config) {
        return new AccountLease(this::accounts, config);
    }

    /** The JSON mapper the component reads and writes Kommo's bodies with. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** The one repository of a state file, shared by every consumer that names it. */
    FileStateRepository stateFile(String file) {
        return stateFiles.of(file);
    }

    /** Each account's request budget, as the options are now. */
    private BudgetSettings budgetSettings() {
        return new BudgetSettings(requestsPerSecond, Duration.ofMillis(permitTimeout), maxRetries,
                Duration.ofMillis(retryBackoff), Duration.ofMillis(maxRetryBackoff), Duration.ofMillis(maxRetryAfter),
                Duration.ofMillis(forbiddenCooldown));
    }

    private AccountOptions accountOptions() {
        return new AccountOptions(budgetSettings(),
                sharedBudgetStore.options(getCamelContext(), rateLimiter, budgetStore, budgetRedisUri,
                        budgetRedisPassword, budgetReplicas, budgetKey),
                Duration.ofMillis(connectTimeout), Duration.ofMillis(responseTimeout), maxConnections,
                Duration.ofMillis(customFieldsCacheTtl), useEnvironmentVariables, isHealthCheckProducerEnabled(),
                isHealthCheckConsumerEnabled());
    }

    @ManagedAttribute(description = "Accounts in use")
    public int getAccountCount() {
        return accounts().count();
    }

    @ManagedAttribute(description = "Requests sent to Kommo, retries included, all accounts")
    public long getTotalRequests() {
        return accounts().total(BudgetTotals.Counter.REQUESTS);
    }

    @ManagedAttribute(description = "Requests that waited for a permit of their account's budget")
    public long getTotalPermitsWaited() {
        return accounts().total(BudgetTotals.Counter.PERMITS_WAITED);
    }

    @ManagedAttribute(description = "429 answers received")
    public long getTotalRateLimited() {
        return accounts().total(BudgetTotals.Counter.RATE_LIMITED);
    }

    @ManagedAttribute(description = "Retries made")
    public long getTotalRetries() {
        return accounts().total(BudgetTotals.Counter.RETRIES);
    }

    @ManagedAttribute(description = "Times a 403 opened an account's circuit")
    public long getTotalForbiddenTrips() {
        return accounts().total(BudgetTotals.Counter.FORBIDDEN_TRIPS);
    }

    @ManagedAttribute(description = "Requests refused without being sent (no permit in time, circuit open)")
    public long getTotalRejected() {
        return accounts().total(BudgetTotals.Counter.REJECTED);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        OptionChecks.atLeast("requestsPerSecond", requestsPerSecond, 1, "(Kommo allows 7)");
        OptionChecks.atLeast("permitTimeout", permitTimeout, 0, "milliseconds");
        OptionChecks.atLeast("maxRetries", maxRetries, 0, "(0 turns retries off)");
        OptionChecks.atLeast("retryBackoff", retryBackoff, 1, "milliseconds");
        OptionChecks.atLeast("maxRetryBackoff", maxRetryBackoff, retryBackoff,
                "milliseconds, and not less than retryBackoff");
        OptionChecks.atLeast("maxRetryAfter", maxRetryAfter, 0, "milliseconds");
        OptionChecks.atLeast("forbiddenCooldown", forbiddenCooldown, 1, "milliseconds");
        OptionChecks.atLeast("customFieldsCacheTtl", customFieldsCacheTtl, 0, "milliseconds");
        OptionChecks.atLeast("connectTimeout", connectTimeout, 1, "milliseconds");
        OptionChecks.atLeast("responseTimeout", responseTimeout, 1, "milliseconds");
        OptionChecks.atLeast("maxConnections", maxConnections, 1, "");
        OptionChecks.atLeast("budgetReplicas", budgetReplicas, 0,
                "(0 pauses while the shared budget cannot be reached)");
        // a missing module, a malformed budgetRedisUri or a password without it fails the start, before any request
        accountOptions();
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (accounts != null) {
                accounts.close();
                accounts = null;
            }
            sharedBudgetStore.close();
        }
        stateFiles.clear();
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

    public String getBudgetRedisPassword() {
        return budgetRedisPassword;
    }

    public void setBudgetRedisPassword(String budgetRedisPassword) {
        this.budgetRedisPassword = budgetRedisPassword;
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
