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

import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoOperation;
import io.github.camelkommo.auth.KommoTokenStore;
import io.github.camelkommo.budget.BudgetStore;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the kommo component as Spring Boot properties {@code camel.component.kommo.*}: the component's
 * budget and HTTP options, and the endpoint defaults of its {@link KommoConfiguration}. Each option and its
 * description are those of the component's catalog ({@code META-INF/io/github/camelkommo/kommo.json}).
 */
@ConfigurationProperties(prefix = KommoComponentConfiguration.PREFIX)
public class KommoComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The prefix of the kommo component's properties. */
    public static final String PREFIX = "camel.component.kommo";

    /**
     * Default options of every kommo endpoint of this component. The option is a
     * io.github.camelkommo.KommoConfiguration type.
     */
    private KommoConfiguration configuration;

    /**
     * The domain the account lives on.
     */
    private String domain = "kommo.com";

    /**
     * List filters with Kommo's names, dots standing for its brackets: filter.id=5 filters on id,
     * filter.updated_at.from=1700000000 on updated_at from; repeat the option or give a list to filter on several
     * values. This is a multi-value option with prefix: filter.
     */
    private Map<String, Object> filter;

    /**
     * How many entities a list page holds, 1 to 250 (events: at most 100, Kommo's largest events page). Larger pages
     * spend less of the request budget.
     */
    private Integer pageSize = 250;

    /**
     * Kommo's query parameter: a full-text search over the filled fields.
     */
    private String query;

    /**
     * Whether bodies are the JSON text of each entity as Kommo sent it, instead of typed models.
     */
    private Boolean rawJson = false;

    /**
     * The account's subdomain: acme for https://acme.kommo.com. Defaults to the environment variable
     * KOMMO_SUBDOMAIN.
     */
    private String subdomain;

    /**
     * Kommo's with parameter: extra data to embed, comma separated (contacts on leads; task_types, users_groups on
     * the account).
     */
    private String with;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Whether the consumer delivers the changes of each page it reads (at most pageSize) as one exchange with a List
     * body, instead of one exchange per change.
     */
    private Boolean changesAsBatch = false;

    /**
     * Where a consumer with no stored watermark starts: now, beginning (every entity), an ISO-8601 instant or unix
     * seconds.
     */
    private String modifiedSince = "now";

    /**
     * Where the consumer keeps its watermark, keyed by account and entity: a StateRepository such as
     * FileStateRepository to survive restarts. Default: in memory. The option is a
     * org.apache.camel.spi.StateRepository<String, String> type.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * Whether list returns every page as a lazy iterator that fetches the next page only when needed (constant
     * memory; use with split streaming), instead of one page as a list.
     */
    private Boolean allPages = false;

    /**
     * How many items create, update and upsert send per request, 1 to 250 (createComplex: at most 50). Kommo
     * recommends 50 and answers 504 to batches that are too heavy.
     */
    private Integer batchSize = 50;

    // syncing without duplicates (operation=upsert)
    /**
     * What upsert finds each item by: a custom field's name, code or id whose value is an external id (e.g. Order ID;
     * a numeric, text, url, textarea or streetaddress field), or for contacts and companies PHONE and/or EMAIL (comma
     * separated). Phones are compared by their digits, e-mails ignoring case.
     */
    private String matchBy;

    /**
     * What upsert does when an item matches several entities: error (the default: the batch fails before writing,
     * naming the ids), first (the lowest id) or newest (the latest created_at).
     */
    private String matchPolicy = "error";

    /**
     * A write journal for upsert: each item's key is added before its chunk is sent, confirmed once Kommo stored it
     * and removed when Kommo refused it. Any Camel IdempotentRepository (e.g. FileIdempotentRepository). A batch run
     * again after a crash finds what Kommo stored and creates only the rest. The option is a
     * org.apache.camel.spi.IdempotentRepository type.
     */
    private IdempotentRepository idempotencyRepository;

    /**
     * The id of the entity get or a single-object update works on. The header CamelKommoEntityId overrides it.
     */
    private Long entityId;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * The operation to perform. The header CamelKommoOperation overrides it.
     */
    private KommoOperation operation;

    /**
     * The order of a list as field:direction, e.g. updated_at:desc (fields created_at, updated_at, id; directions
     * asc, desc).
     */
    private String order;

    /**
     * The page a one-page list reads, from 1.
     */
    private Integer page = 1;

    /**
     * The pipeline whose stages the statuses entity reads. The header CamelKommoPipelineId overrides it.
     */
    private Long pipelineId;

    /**
     * The catalog whose elements the catalogElements entity works on. The header CamelKommoCatalogId overrides it.
     */
    private Long catalogId;

    /**
     * The customer whose transactions the transactions entity adds or reads (all customers' when unset, for reads).
     * The header CamelKommoCustomerId overrides it.
     */
    private Long customerId;

    /**
     * The uid of the incoming (unsorted) lead get, accept, decline and link work on. The header CamelKommoUid
     * overrides it.
     */
    private String uid;

    /**
     * What kind of incoming (unsorted) leads a create adds: forms (web forms) or sip (calls). Unset: told by the items'
     * metadata (form_id and the like, or a call's uniq, phone, duration). The header CamelKommoUnsortedType overrides
     * it.
     */
    private String unsortedType;

    /**
     * Whose notes, tags or custom fields the customFields, notes and tags entities work on. The header
     * CamelKommoEntityType overrides it.
     */
    private String entityType;

    /**
     * How entities read from Kommo reach the route: models (Lead, Contact, ...; read a custom field with field(name)),
     * or names: each lead, contact, company, customer or catalog element as a flat Map of its fields by Kommo's names
     * with its custom fields by their names (a custom field whose name is taken by a field goes under cf_ and its name)
     * instead of custom_fields_values.
     */
    private String customFieldsAs = "models";

    /**
     * Whether the consumer also delivers deletions of leads, contacts or companies, read from Kommo's events (one more
     * request a poll): an exchange per deleted entity, its body the model with the id and isDeleted true,
     * CamelKommoChangeType deleted, in time order with the other changes and exactly once like them.
     */
    private Boolean includeDeleted = false;

    /**
     * A file that keeps the consumer's watermark across restarts, for routes that cannot bind a StateRepository bean
     * (YAML, properties): consumers naming the same file share it, each under its own key. Ignored when
     * stateRepository is set.
     */
    private String stateFile;

    /**
     * How often, in milliseconds, a long bulk write logs its progress (items done, rate, time left); writes shorter
     * than this log nothing, 0 turns it off.
     */
    private Long progressInterval = 10_000L;

    /**
     * Whether writes that are not idempotent (POST) are retried after a 5xx, a timeout or a lost connection. Kommo
     * may have stored part of the batch, so this risks duplicates.
     */
    private Boolean retryNonIdempotent = false;

    /**
     * Whether a batch write Kommo answers with 504 is sent again as two halves (Kommo's advice for batches too heavy
     * to process). Kommo may have stored part of the batch before the 504, so this risks duplicates.
     */
    private Boolean splitBatchOn504 = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The account's full base URL, replacing https://{subdomain}.{domain} (a sandbox or a proxy). Must be https
     * unless it points at this machine.
     */
    private String baseUrl;

    /**
     * Connect timeout in milliseconds.
     */
    private Long connectTimeout = 5_000L;

    /**
     * The most HTTP connections kept open.
     */
    private Integer maxConnections = 20;

    /**
     * How long to wait for Kommo's answer, in milliseconds.
     */
    private Long responseTimeout = 30_000L;

    /**
     * Whether KOMMO_SUBDOMAIN and KOMMO_API_KEY give the subdomain and token when none is set.
     */
    private Boolean useEnvironmentVariables = true;

    /**
     * How long, in milliseconds, nothing is sent to an account after Kommo blocked it (a 403 on everything, as after
     * repeated 429s): every request fails fast with KommoForbiddenException meanwhile. A 403 for missing rights does
     * not count.
     */
    private Long forbiddenCooldown = 300_000L;

    /**
     * How long, in milliseconds, an account's custom field definitions and time zone, read to resolve custom field
     * values given by name, are used before they are read again. They are also read again once when Kommo refuses a
     * resolved id.
     */
    private Long customFieldsCacheTtl = 600_000L;

    /**
     * How often a request is retried after a 429, a 5xx or a lost connection (5xx and lost connections only for
     * idempotent requests).
     */
    private Integer maxRetries = 3;

    /**
     * The longest pause Kommo's retry_after hint of a 429 may impose on the account before a retry, in milliseconds.
     */
    private Long maxRetryAfter = 60_000L;

    /**
     * The longest wait between retries of a 5xx or a lost connection, in milliseconds.
     */
    private Long maxRetryBackoff = 10_000L;

    /**
     * How long an exchange may wait for its account's budget, in milliseconds, counted from when the producer queued
     * it (and how long each of its requests may wait for a permit), before it fails with KommoBudgetException, unsent.
     */
    private Long permitTimeout = 60_000L;

    /**
     * Requests per second allowed to each account (Kommo allows 7); every endpoint and consumer of the account
     * shares them.
     */
    private Integer requestsPerSecond = 7;

    /**
     * The first wait before retrying a 5xx or a lost connection, in milliseconds; it doubles, with jitter, on each
     * retry.
     */
    private Long retryBackoff = 500L;

    /**
     * A Bucket4j bucket to take every account's permits from instead of the component's own (requestsPerSecond then
     * does not apply); e.g. a distributed bucket shared by several JVMs. The option is a io.github.bucket4j.Bucket
     * type.
     */
    private Bucket rateLimiter;

    /**
     * A Redis URI, redis://host:port/database (rediss:// with TLS; a password goes before the host, or in
     * budgetRedisPassword), where the request budgets live, shared by every JVM that names the same Redis: one token
     * bucket per account (or per budgetKey), the pause after a 429 and the block after Kommo's 403. Needs the module
     * io.github.camelkommo:camel-kommo-redis on the class path (the component fails to start without it); it connects
     * through Lettuce and closes the connection when the component stops.
     */
    private String budgetRedisUri;

    /**
     * The password of the Redis that budgetRedisUri names, when the URI carries none: keeps the password out of the
     * URI.
     */
    private String budgetRedisPassword;

    /**
     * A BudgetStore to share the request budgets with other JVMs instead of budgetRedisUri, e.g. a RedisBudgetStore
     * (camel-kommo-redis) on your own Lettuce client, or another Bucket4j proxy manager behind that interface. The
     * component does not close it. The option is a io.github.camelkommo.budget.BudgetStore type.
     */
    private BudgetStore budgetStore;

    /**
     * With a shared budget (budgetRedisUri or budgetStore): how many replicas share it, for when its store cannot be
     * reached. Each replica then sends at most requestsPerSecond divided by this number on its own until the store
     * returns; 0 sends nothing meanwhile (requests wait up to permitTimeout for it). Either way the health check is
     * DOWN.
     */
    private Integer budgetReplicas = 0;

    /**
     * When set, every account of this component shares one request budget under this key, and with a shared store
     * every replica using the same key shares it too: for integrations that serve many accounts from one IP address
     * (Kommo counts 7 requests per second per address as well as per account). Unset: one budget per account.
     */
    private String budgetKey;

    /**
     * The access token (a long-lived token of a private integration, or an OAuth access token). Defaults to the
     * environment variable KOMMO_API_KEY.
     */
    private String accessToken;

    /**
     * OAuth 2.0: the integration's ID (client_id). Setting it switches the account from a long-lived accessToken to
     * OAuth 2.0 tokens that refresh themselves; it also needs clientSecret and redirectUri.
     */
    private String clientId;

    /**
     * OAuth 2.0: the integration's secret key (client_secret).
     */
    private String clientSecret;

    /**
     * OAuth 2.0: the integration's redirect URI, exactly as in its settings (Kommo checks it on every token request).
     */
    private String redirectUri;

    /**
     * OAuth 2.0: an authorization code (valid 20 minutes) to exchange for the first tokens when the token store holds
     * none. Exchanged once, then forgotten.
     */
    private String authorizationCode;

    /**
     * OAuth 2.0: a refresh token to start from when the token store holds none. Once the store holds tokens it is
     * ignored (Kommo accepts each refresh token once).
     */
    private String refreshToken;

    /**
     * OAuth 2.0: where the tokens live, a KommoTokenStore bean. Default: a FileTokenStore in .camel-kommo/tokens of
     * the user's home directory. Replicas sharing an account must share a store, e.g. a JdbcTokenStore. The option is a
     * io.github.camelkommo.auth.KommoTokenStore type.
     */
    private KommoTokenStore tokenStore;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getAuthorizationCode() {
        return authorizationCode;
    }

    public void setAuthorizationCode(String authorizationCode) {
        this.authorizationCode = authorizationCode;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public KommoTokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(KommoTokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public KommoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KommoConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Map<String, Object> getFilter() {
        return filter;
    }

    public void setFilter(Map<String, Object> filter) {
        this.filter = filter;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Boolean getRawJson() {
        return rawJson;
    }

    public void setRawJson(Boolean rawJson) {
        this.rawJson = rawJson;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getChangesAsBatch() {
        return changesAsBatch;
    }

    public void setChangesAsBatch(Boolean changesAsBatch) {
        this.changesAsBatch = changesAsBatch;
    }

    public String getModifiedSince() {
        return modifiedSince;
    }

    public void setModifiedSince(String modifiedSince) {
        this.modifiedSince = modifiedSince;
    }

    public String getMatchBy() {
        return matchBy;
    }

    public void setMatchBy(String matchBy) {
        this.matchBy = matchBy;
    }

    public String getMatchPolicy() {
        return matchPolicy;
    }

    public void setMatchPolicy(String matchPolicy) {
        this.matchPolicy = matchPolicy;
    }

    public IdempotentRepository getIdempotencyRepository() {
        return idempotencyRepository;
    }

    public void setIdempotencyRepository(IdempotentRepository idempotencyRepository) {
        this.idempotencyRepository = idempotencyRepository;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getAllPages() {
        return allPages;
    }

    public void setAllPages(Boolean allPages) {
        this.allPages = allPages;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public KommoOperation getOperation() {
        return operation;
    }

    public void setOperation(KommoOperation operation) {
        this.operation = operation;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public Long getCatalogId() {
        return catalogId;
    }

    public void setCatalogId(Long catalogId) {
        this.catalogId = catalogId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getUnsortedType() {
        return unsortedType;
    }

    public void setUnsortedType(String unsortedType) {
        this.unsortedType = unsortedType;
    }

    public Long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(Long progressInterval) {
        this.progressInterval = progressInterval;
    }

    public Boolean getRetryNonIdempotent() {
        return retryNonIdempotent;
    }

    public void setRetryNonIdempotent(Boolean retryNonIdempotent) {
        this.retryNonIdempotent = retryNonIdempotent;
    }

    public Boolean getSplitBatchOn504() {
        return splitBatchOn504;
    }

    public void setSplitBatchOn504(Boolean splitBatchOn504) {
        this.splitBatchOn504 = splitBatchOn504;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getUseEnvironmentVariables() {
        return useEnvironmentVariables;
    }

    public void setUseEnvironmentVariables(Boolean useEnvironmentVariables) {
        this.useEnvironmentVariables = useEnvironmentVariables;
    }

    public Long getForbiddenCooldown() {
        return forbiddenCooldown;
    }

    public void setForbiddenCooldown(Long forbiddenCooldown) {
        this.forbiddenCooldown = forbiddenCooldown;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public Long getMaxRetryBackoff() {
        return maxRetryBackoff;
    }

    public void setMaxRetryBackoff(Long maxRetryBackoff) {
        this.maxRetryBackoff = maxRetryBackoff;
    }

    public Long getPermitTimeout() {
        return permitTimeout;
    }

    public void setPermitTimeout(Long permitTimeout) {
        this.permitTimeout = permitTimeout;
    }

    public Integer getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Integer requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Long getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(Long retryBackoff) {
        this.retryBackoff = retryBackoff;
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

    public Integer getBudgetReplicas() {
        return budgetReplicas;
    }

    public void setBudgetReplicas(Integer budgetReplicas) {
        this.budgetReplicas = budgetReplicas;
    }

    public String getBudgetKey() {
        return budgetKey;
    }

    public void setBudgetKey(String budgetKey) {
        this.budgetKey = budgetKey;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getCustomFieldsAs() {
        return customFieldsAs;
    }

    public void setCustomFieldsAs(String customFieldsAs) {
        this.customFieldsAs = customFieldsAs;
    }

    public Boolean getIncludeDeleted() {
        return includeDeleted;
    }

    public void setIncludeDeleted(Boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    public Long getCustomFieldsCacheTtl() {
        return customFieldsCacheTtl;
    }

    public void setCustomFieldsCacheTtl(Long customFieldsCacheTtl) {
        this.customFieldsCacheTtl = customFieldsCacheTtl;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }
}
