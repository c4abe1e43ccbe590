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
package io.github.camelkommo.internal.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.error.KommoAuthenticationException;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.internal.budget.AccountBudget;
import io.github.camelkommo.internal.budget.BudgetRegistry;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to the Kommo API for one account. It builds the URL, adds the token, passes the account's budget (rate
 * limit, retries, 403 circuit), sends with the component's HTTP stack, parses JSON with Jackson and maps errors to the
 * {@link KommoApiException} hierarchy. A 204 is an empty {@link KommoResponse}, never an
 * error.
 */
public final class KommoClient {

    private static final Logger LOG = LoggerFactory.getLogger(KommoClient.class);
    /** The label of the component's own look at the account: the health check's and the 403 circuit's probe. */
    public static final KommoRequest.Label PROBE = new KommoRequest.Label(KommoEntity.account.name(), "probe");

    private final KommoAccount account;
    private final AccountAddress address;
    private final KommoHttp http;
    private final ObjectMapper mapper;
    private final AccountBudget budget;
    private final KommoErrorMapper errors;
    private final TokenSource tokens;
    private final List<KommoRequestListener> listeners;
    private final AtomicReference<Outcome> lastOutcome;
    /** The label of the requests sent through this client that carry none of their own. */
    private final KommoRequest.Label label;

    /**
     * How the latest request of this account ended.
     *
     * @param status the HTTP status, or 0 when no answer came
     * @param at     when the answer (or the failure) came
     */
    public record Outcome(int status, Instant at) {
    }

    /**
     * @param budgets gives the account's budget, given the call that probes the account (see
     *                {@link BudgetRegistry#budget})
     */
    public KommoClient(KommoAccount account, KommoHttp http, ObjectMapper mapper,
                       Function<AccountBudget.Call<?>, AccountBudget> budgets) {
        this.account = account;
        this.address = new AccountAddress(account.baseUrl());
        this.http = http;
        this.mapper = mapper;
        this.tokens = account.oauth() == null ? new LongLivedToken(account.token())
                                              : new OAuthTokenSource(account, new TokenEndpoint(address, http,
                                                      mapper, account.oauth(), new BudgetBlock()));
        this.budget = budgets.apply(() -> send(KommoRequest.get(KommoEntity.account.path(), List.of())
                .labelled(PROBE), tokens.token()));
        this.errors = new KommoErrorMapper(mapper);
        this.listeners = new CopyOnWriteArrayList<>();
        this.lastOutcome = new AtomicReference<>();
        this.label = KommoRequest.Label.OTHER;
    }

    /** A view of {@code base}: the same account, budget, token and listeners, another label. */
    private KommoClient(KommoClient base, KommoRequest.Label label) {
        this.account = base.account;
        this.address = base.address;
        this.http = base.http;
        this.mapper = base.mapper;
        this.tokens = base.tokens;
        this.budget = base.budget;
        this.errors = base.errors;
        this.listeners = base.listeners;
        this.lastOutcome = base.lastOutcome;
        this.label = label;
    }

    /**
     * This client for requests sent on behalf of an entity and operation: the same account, budget and token, its
     * requests reported under that label unless they carry their own. Producers and consumers use such views, so that
     * metrics say what each request was for without reading its path.
     */
    public KommoClient labelled(String entity, String operation) {
        return new KommoClient(this, new KommoRequest.Label(entity, operation));
    }

    /**
     * Sends a request through the account's budget. With OAuth 2.0 the access token is refreshed first when it is
     * about to expire, and once more when Kommo answers 401 to it, after which the request is repeated once (a 401
     * means Kommo did not process it).
     *
     * @param retryWrites whether a POST may be retried after a 5xx or a lost connection (it risks duplicates)
     */
    public KommoResponse execute(KommoRequest request, boolean retryWrites) throws KommoException {
        String token = tokens.token();
        try {
            return budget.execute(request, retryWrites, () -> send(request, token));
        } catch (KommoAuthenticationException e) {
            Optional<String> renewed = tokens.refreshable() ? tokens.renewAfterUnauthorized(token) : Optional.empty();
            if (renewed.isEmpty()) {
                throw e;
            }
            return budget.execute(request, retryWrites, () -> send(request, renewed.get()));
        }
    }

    /**
     * Sends a request only if the account's budget has a permit free right now, once, without retries (with OAuth
     * 2.0, once more with a refreshed token after a 401, if a permit is free again).
     */
    public KommoResponse probe(KommoRequest request) throws KommoException {
        String token = tokens.token();
        try {
            return budget.probe(request, () -> send(request, token));
        } catch (KommoAuthenticationException e) {
            Optional<String> renewed = tokens.refreshable() ? tokens.renewAfterUnauthorized(token) : Optional.empty();
            if (renewed.isEmpty()) {
                throw e;
            }
            return budget.probe(request, () -> send(request, renewed.get()));
        }
    }

    /** Where the account's bearer token comes from; with OAuth 2.0 it refreshes. */
    public TokenSource tokens() {
        return tokens;
    }

    /**
     * OAuth 2.0: exchanges a code a person just obtained on Kommo's consent page, stores the new pair (replacing what
     * the store held) and uses it from now on.
     *
     * @param domain the account's host from the redirect's {@code referer}, kept with the tokens
     */
    public KommoTokens authorize(String code, String domain) throws KommoException {
        if (!(tokens instanceof OAuthTokenSource oauth)) {
            throw new IllegalStateException(
                    "The account " + account.name() + " uses a long-lived token, not OAuth 2.0");
        }
        return oauth.authorize(code, domain);
    }

    /**
     * Reads every item of every page of a list now, for the component's own reads (a schema, deletions): a failed
     * page fails with its {@link KommoException}.
     */
    public List<JsonNode> readAll(KommoRequest firstPage, String embeddedKey) throws KommoException {
        List<JsonNode> all = new ArrayList<>();
        try {
            items(firstPage, embeddedKey, true).forEachRemaining(all::add);
        } catch (RuntimeCamelException e) {
            if (e.getCause() instanceof KommoException kommo) {
                throw kommo;
            }
            throw e;
        }
        return all;
    }

    /**
     * Reads every item of a list lazily: the next page is fetched only when the items of the current one are used
     * up, so any number of items takes the memory of one page. The iterator throws
     * {@link org.apache.camel.RuntimeCamelException} wrapping the {@link KommoException} when a page fails.
     *
     * @param paged whether the list takes {@code page} (otherwise one request returns everything)
     */
    public Iterator<JsonNode> items(KommoRequest firstPage, String embeddedKey, boolean paged) {
        return new PageIterator(this, firstPage, embeddedKey, paged);
    }

    private KommoResponse send(KommoRequest unlabelled, String token) throws KommoException {
        KommoRequest request = unlabelled.label() == null ? unlabelled.labelled(label) : unlabelled;
        URI uri = URI.create(address.baseUrl() + request.pathAndQuery());
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method())
                .setUri(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .addHeader(HttpHeaders.ACCEPT, "application/hal+json, application/json, application/problem+json");
        if (request.ifModifiedSince() != null) {
            builder.addHeader(HttpHeaders.IF_MODIFIED_SINCE, request.ifModifiedSince());
        }
        if (request.body() != null) {
            builder.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        ClassicHttpRequest httpRequest = builder.build();
        long start = System.nanoTime();
        int[] status = {0};
        try {
            return http.client().execute(httpRequest, response -> {
                status[0] = response.getCode();
                HttpEntity entity = response.getEntity();
                byte[] body = entity == null ? null : EntityUtils.toByteArray(entity);
                String requestId = headerValue(response.getFirstHeader("X-Request-Id"));
                LOG.debug("{} -> {} in {} ms", request, status[0], (System.nanoTime() - start) / 1_000_000);
                if (status[0] == 304) { // If-Modified-Since and nothing changed, should Kommo answer so instead of 204
                    return new KommoResponse(null);
                }
                if (status[0] >= 200 && status[0] < 300) {
                    return new KommoResponse(parse(request, status[0], body, requestId));
                }
                throw new ErrorAnswer(errors.map(request, status[0], body, requestId,
                        headerValue(response.getFirstHeader(HttpHeaders.RETRY_AFTER))));
            });
        } catch (ErrorAnswer e) {
            throw e.error;
        } catch (InterruptedIOException e) {
            throw new KommoConnectionException(
                    request + " got no answer from " + account.name() + " in time: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new KommoConnectionException(request + " failed on the connection to " + account.name() + ": " + e,
                    e);
        } finally {
            long nanos = System.nanoTime() - start;
            lastOutcome.set(new Outcome(status[0], Instant.now()));
            listeners.forEach(listener -> listener.onResponse(request, status[0], nanos));
        }
    }

    /** Tells the listener of every request of the account from now on, whichever view sends it. */
    public void addListener(KommoRequestListener listener) {
        listeners.add(listener);
    }

    /** Tells the listener of no more requests. */
    public void removeListener(KommoRequestListener listener) {
        listeners.remove(listener);
    }

    /** How the latest request of the account ended, or {@code null} before the first. */
    public Outcome lastOutcome() {
        return lastOutcome.get();
    }

    private JsonNode parse(KommoRequest request, int status, byte[] body, String requestId) throws ErrorAnswer {
        if (status == 204 || body == null || body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            throw new ErrorAnswer(new KommoApiException(request.toString(), status, "Unreadable answer",
                    "Kommo answered " + status + " with a body that is not JSON: " + e.getMessage(), requestId, text));
        }
    }

    private static String headerValue(Header header) {
        return header == null ? null : header.getValue();
    }

    public KommoAccount account() {
        return account;
    }

    public AccountBudget budget() {
        return budget;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The account's block as its budget's 403 circuit keeps it, for the token requests sent outside the budget. */
    private final class BudgetBlock implements AccountBlock {
        @Override
        public boolean isBlocked() {
            return budget.isBlocked();
        }

        @Override
        public void blocked(KommoForbiddenException block) {
            budget.blockedOutside(block);
        }
    }

    /** Carries a mapped error out of HttpClient's response handler, which may only throw IOException. */
    private static final class ErrorAnswer extends IOException {
        private final KommoException error;

        ErrorAnswer(KommoException error) {
            super(error.getMessage());
            this.error = error;
        }
    }

    /** Walks the pages of a list on demand. */
    private static final class PageIterator implements Iterator<JsonNode> {
        private final KommoClient client;
        private final String embeddedKey;
        private final boolean paged;
        private KommoRequest next;
        private Iterator<JsonNode> current = Collections.emptyIterator();

        PageIterator(KommoClient client, KommoRequest firstPage, String embeddedKey, boolean paged) {
            this.client = client;
            this.next = firstPage;
            this.embeddedKey = embeddedKey;
            this.paged = paged;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && next != null) {
                fetch();
            }
            return current.hasNext();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private void fetch() {
            KommoRequest request = next;
            KommoResponse response;
            try {
                response = client.execute(request, false);
            } catch (KommoException e) {
                next = null;
                throw new RuntimeCamelException(e);
            }
            next = null;
            current = response.items(embeddedKey).iterator();
            if (paged && response.hasNextPage()) {
                next = request.withQueryParameter("page", String.valueOf(response.page(request.page()) + 1));
            }
        }
    }
}
