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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelkommo.auth.KommoTokenStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of a kommo endpoint. Set on the component they are the defaults of every endpoint; set on an endpoint
 * they override them for that endpoint only.
 */
@UriParams
@Configurer
public class KommoConfiguration implements Cloneable {

    /** The domain of Kommo's international service. */
    public static final String DEFAULT_DOMAIN = "kommo.com";

    @UriParam(label = "producer",
              description = "The operation to perform. The header CamelKommoOperation overrides it.")
    private KommoOperation operation;

    @UriParam(label = "common", description = "The account's subdomain: acme for https://acme.kommo.com. "
                                              + "Defaults to the environment variable KOMMO_SUBDOMAIN.")
    private String subdomain;

    @UriParam(label = "security", secret = true,
              description = "The access token (a long-lived token of a private integration, or an OAuth access token). "
                            + "Defaults to the environment variable KOMMO_API_KEY.")
    private String accessToken;

    @UriParam(label = "security",
              description = "OAuth 2.0: the integration's ID (client_id). Setting it switches the account from a long-lived "
                            + "accessToken to OAuth 2.0 tokens that refresh themselves; it also needs clientSecret and "
                            + "redirectUri.")
    private String clientId;

    @UriParam(label = "security", secret = true,
              description = "OAuth 2.0: the integration's secret key (client_secret).")
    private String clientSecret;

    @UriParam(label = "security",
              description = "OAuth 2.0: the integration's redirect URI, exactly as in its settings (Kommo checks it on "
                            + "every token request).")
    private String redirectUri;

    @UriParam(label = "security", secret = true,
              description = "OAuth 2.0: an authorization code (valid 20 minutes) to exchange for the first tokens when the "
                            + "token store holds none. Exchanged once, then forgotten.")
    private String authorizationCode;

    @UriParam(label = "security", secret = true,
              description = "OAuth 2.0: a refresh token to start from when the token store holds none. Once the store "
                            + "holds tokens it is ignored (Kommo accepts each refresh token once).")
    private String refreshToken;

    @UriParam(label = "security,advanced",
              description = "OAuth 2.0: where the tokens live, a KommoTokenStore bean. Default: a FileTokenStore in "
                            + ".camel-kommo/tokens of the user's home directory. Replicas sharing an account must share a store, e.g. a JdbcTokenStore.")
    private KommoTokenStore tokenStore;

    @UriParam(label = "common", defaultValue = DEFAULT_DOMAIN, enums = "kommo.com,amocrm.ru,amocrm.com",
              description = "The domain the account lives on.")
    private String domain = DEFAULT_DOMAIN;

    @UriParam(label = "advanced",
              description = "The account's full base URL, replacing https://{subdomain}.{domain} (a sandbox or a proxy). "
                            + "Must be https unless it points at this machine.")
    private String baseUrl;

    @UriParam(label = "producer", description = "The id of the entity get or a single-object update works on. "
                                                + "The header CamelKommoEntityId overrides it.")
    private Long entityId;

    @UriParam(label = "producer", description = "The pipeline whose stages the statuses entity reads. "
                                                + "The header CamelKommoPipelineId overrides it.")
    private Long pipelineId;

    @UriParam(label = "producer", description = "The customer whose transactions the transactions entity adds or reads "
                                                + "(all customers' when unset, for reads). The header "
                                                + "CamelKommoCustomerId overrides it.")
    private Long customerId;

    @UriParam(label = "producer", description = "The catalog whose elements the catalogElements entity works on. "
                                                + "The header CamelKommoCatalogId overrides it.")
    private Long catalogId;

    @UriParam(label = "producer", description = "The uid of the incoming (unsorted) lead get, accept, decline and link "
                                                + "work on. The header CamelKommoUid overrides it.")
    private String uid;

    @UriParam(label = "producer", enums = "forms,sip",
              description = "What kind of incoming (unsorted) leads a create adds: forms (web forms) or sip (calls). "
                            + "Unset: told by the items' metadata (form_id and the like, or a call's uniq, phone, "
                            + "duration). The header CamelKommoUnsortedType overrides it.")
    private String unsortedType;

    @UriParam(label = "producer", enums = "leads,contacts,companies,customers",
              description = "Whose notes, tags or custom fields the customFields, notes and tags entities work on. "
                            + "The header CamelKommoEntityType overrides it.")
    private String entityType;

    @UriParam(label = "common", description = "Kommo's with parameter: extra data to embed, comma separated "
                                              + "(contacts on leads; task_types, users_groups on the account).")
    private String with;

    @UriParam(label = "common", description = "Kommo's query parameter: a full-text search over the filled fields.")
    private String query;

    @UriParam(label = "common", prefix = "filter.", multiValue = true,
              description = "List filters with Kommo's names, dots standing for its brackets: filter.id=5 filters on id, "
                            + "filter.updated_at.from=1700000000 on updated_at from; repeat the option or give a list "
                            + "to filter on several values.")
    private Map<String, Object> filter = new LinkedHashMap<>();

    @UriParam(label = "producer", description = "The order of a list as field:direction, e.g. updated_at:desc "
                                                + "(fields created_at, updated_at, id; directions asc, desc).")
    private String order;

    @UriParam(label = "producer", defaultValue = "1", description = "The page a one-page list reads, from 1.")
    private int page = 1;

    @UriParam(label = "common", defaultValue = "250",
              description = "How many entities a list page holds, 1 to 250 (events: at most 100, Kommo's largest events "
                            + "page). Larger pages spend less of the request budget.")
    private int pageSize = KommoEntity.MAX_BATCH;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether list returns every page as a lazy iterator that fetches the next page only when "
                            + "needed (constant memory; use with split streaming), instead of one page as a list.")
    private boolean allPages;

    @UriParam(label = "common", defaultValue = "models", enums = "models,names",
              description = "How entities read from Kommo reach the route: models (Lead, Contact, ...; read a custom "
                            + "field with field(name)), or names: each lead, contact, company, customer or catalog element as a flat Map of its "
                            + "fields by Kommo's names with its custom fields by their names (a custom field whose name "
                            + "is taken by a field goes under cf_ and its name) instead of custom_fields_values.")
    private String customFieldsAs = "models";

    @UriParam(label = "common", defaultValue = "false",
              description = "Whether bodies are the JSON text of each entity as Kommo sent it, instead of typed models.")
    private boolean rawJson;

    @UriParam(label = "producer", defaultValue = "50",
              description = "How many items create, update and upsert send per request, 1 to 250 (createComplex: at most 50). "
                            + "Kommo recommends 50 and answers 504 to batches that are too heavy.")
    private int batchSize = 50;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Whether writes that are not idempotent (POST) are retried after a 5xx, a timeout or a lost "
                            + "connection. Kommo may have stored part of the batch, so this risks duplicates.")
    private boolean retryNonIdempotent;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Whether a batch write Kommo answers with 504 is sent again as two halves (Kommo's advice "
                            + "for batches too heavy to process). Kommo may have stored part of the batch before the 504, "
                            + "so this risks duplicates.")
    private boolean splitBatchOn504;

    @UriParam(label = "producer", defaultValue = "10000",
              description = "How often, in milliseconds, a long bulk write logs its progress (items done, rate, time "
                            + "left); writes shorter than this log nothing, 0 turns it off.")
    private long progressInterval = 10_000;

    // syncing without duplicates (operation=upsert)
    @UriParam(label = "producer",
              description = "What upsert finds each item by: a custom field's name, code or id whose value is an "
                            + "external id (e.g. Order ID; a numeric, text, url, textarea or streetaddress field), or "
                            + "for contacts and companies PHONE and/or EMAIL (comma separated). Phones are compared by "
                            + "their digits, e-mails ignoring case.")
    private String matchBy;

    @UriParam(label = "producer", defaultValue = "error", enums = "error,first,newest",
              description = "What upsert does when an item matches several entities: error (the default: the batch "
                            + "fails before writing, naming the ids), first (the lowest id) or newest (the latest "
                            + "created_at).")
    private String matchPolicy = "error";

    @UriParam(label = "producer,advanced",
              description = "A write journal for upsert: each item's key is added before its chunk is sent, confirmed "
                            + "once Kommo stored it and removed when Kommo refused it. Any Camel IdempotentRepository "
                            + "(e.g. FileIdempotentRepository). A batch run again after a crash finds what Kommo "
                            + "stored and creates only the rest.")
    private IdempotentRepository idempotencyRepository;

    @UriParam(label = "consumer", defaultValue = "now",
              description = "Where a consumer with no stored watermark starts: now, beginning (every entity), an "
                            + "ISO-8601 instant or unix seconds.")
    private String modifiedSince = "now";

    @UriParam(label = "consumer,advanced",
              description = "Where the consumer keeps its watermark, keyed by account and entity: a "
                            + "StateRepository<String, String> such as FileStateRepository to survive restarts. "
                            + "Default: in memory.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer",
              description = "A file that keeps the consumer's watermark across restarts, for routes that cannot bind a "
                            + "StateRepository bean (YAML, properties): consumers naming the same file share it, each "
                            + "under its own key. Ignored when stateRepository is set.")
    private String stateFile;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether the consumer also delivers deletions of leads, contacts or companies, read from "
                            + "Kommo's events (one more request a poll): an exchange per deleted entity, its body the "
                            + "model with the id and isDeleted true, CamelKommoChangeType deleted, in time order with "
                            + "the other changes and exactly once like them.")
    private boolean includeDeleted;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether the consumer delivers the changes of each page it reads (at most pageSize) as one "
                            + "exchange with a List body, instead of one exchange per change.")
    private boolean changesAsBatch;

    public KommoOperation getOperation() {
        return operation;
    }

    public void setOperation(KommoOperation operation) {
        this.operation = operation;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
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

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
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

    public Long getCatalogId() {
        return catalogId;
    }

    public void setCatalogId(Long catalogId) {
        this.catalogId = catalogId;
    }

    public String getCustomFieldsAs() {
        return customFieldsAs;
    }

    public void setCustomFieldsAs(String customFieldsAs) {
        this.customFieldsAs = customFieldsAs;
    }

    public boolean isIncludeDeleted() {
        return includeDeleted;
    }

    public void setIncludeDeleted(boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Map<String, Object> getFilter() {
        return filter;
    }

    public void setFilter(Map<String, Object> filter) {
        this.filter = filter;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public boolean isAllPages() {
        return allPages;
    }

    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public boolean isRetryNonIdempotent() {
        return retryNonIdempotent;
    }

    public void setRetryNonIdempotent(boolean retryNonIdempotent) {
        this.retryNonIdempotent = retryNonIdempotent;
    }

    public boolean isSplitBatchOn504() {
        return splitBatchOn504;
    }

    public void setSplitBatchOn504(boolean splitBatchOn504) {
        this.splitBatchOn504 = splitBatchOn504;
    }

    public long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(long progressInterval) {
        this.progressInterval = progressInterval;
    }

    public String getModifiedSince() {
        return modifiedSince;
    }

    public void setModifiedSince(String modifiedSince) {
        this.modifiedSince = modifiedSince;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public boolean isChangesAsBatch() {
        return changesAsBatch;
    }

    public void setChangesAsBatch(boolean changesAsBatch) {
        this.changesAsBatch = changesAsBatch;
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

    /** A copy for one endpoint, so its options do not change the component's defaults. */
    public KommoConfiguration copy() {
        try {
            KommoConfiguration copy = (KommoConfiguration) super.clone();
            copy.filter = new LinkedHashMap<>(filter);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
