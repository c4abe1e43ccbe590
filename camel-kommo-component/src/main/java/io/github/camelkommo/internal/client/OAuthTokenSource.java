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

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelkommo.auth.KommoTokenStore;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth 2.0 tokens of one account, shared by every request of every route and consumer of it.
 * <p>
 * <b>Single flight.</b> A refresh happens under the account's lock: the first request that finds the access token
 * expiring (or gets a 401 with it) refreshes, the others wait for the lock and then use the pair it got. Across
 * processes sharing a {@link KommoTokenStore}, a refresh token is spent only by the one that {@link KommoTokenStore#claim
 * claimed} it; the others poll the store until the new pair appears or the claim expires.
 * <p>
 * <b>Rotation.</b> The order is: claim the stored refresh token, spend it, store the new pair with a compare-and-set
 * on the spent refresh token, and only then use the new access token. Nothing happens between Kommo's answer and the
 * compare-and-set, so the pair is lost only if the process dies in that instant (or the store fails). Kommo accepts a
 * refresh token once (amocrm-api-php issues #123, #475): the spent one left in the store by such a crash is refused
 * at the next refresh, and that refusal says so ({@link KommoReauthorizationRequiredException}): the consent step must
 * be run again. (Were Kommo to keep the spent token working until the new pair is used, the lenient reading of its
 * guide, the next refresh would simply succeed with it.)
 * <p>
 * <b>No loops.</b> A refused grant (400/401 from the token endpoint, also after asking whether the account was renamed)
 * is remembered: every request fails at once with {@link KommoReauthorizationRequiredException} and nothing is sent,
 * until the store holds a different refresh token (a person authorised again). Kommo's block (403, it covers the token
 * endpoint too) is the account's block, not a refused grant: the account's circuit opens, and requests fail with
 * {@link KommoForbiddenException} until its cool-down ends. Another failure of the token
 * endpoint (5xx, no answer) fails requests for {@link #FAILURE_PAUSE} before the next attempt.
 */
public final class OAuthTokenSource implements TokenSource {

    /**
     * The access token is refreshed this long before it expires (or half its lifetime before, for tokens that live
     * less than twice as long; Kommo's live 24 hours).
     */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** How long a claim on a refresh token lasts: a process that crashed mid-refresh blocks others this long. */
    static final Duration CLAIM = Duration.ofSeconds(60);
    /** After a failed refresh that a retry may mend, requests fail this long before the next attempt. */
    static final Duration FAILURE_PAUSE = Duration.ofSeconds(5);
    /** While refused, the store is re-read at most this often for tokens a person stored. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenSource.class);

    private final OAuthSettings settings;
    private final TokenEndpoint endpoint;
    private final KommoTokenStore store;
    private final String key;
    private final String account;
    private final URI baseUrl;
    private final String owner = UUID.randomUUID().toString();
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong refreshes = new AtomicLong();
    private volatile KommoTokens current;
    private volatile Duration margin = REFRESH_MARGIN;
    private volatile String authorizationCode;
    private volatile KommoReauthorizationRequiredException refused;
    private volatile String refusedRefreshToken;
    private volatile long refusedCheckedNanos;
    private volatile KommoException failed;
    private volatile long failedNanos;

    OAuthTokenSource(KommoAccount account, TokenEndpoint endpoint) {
        this.settings = account.oauth();
        this.endpoint = endpoint;
        this.store = settings.store();
        this.key = account.storeKey();
        this.account = account.name();
        this.baseUrl = account.baseUrl();
        this.authorizationCode = settings.authorizationCode();
    }

    @Override
    public String token() throws KommoException {
        KommoTokens tokens = current;
        if (tokens != null && refused == null && !tokens.expiresBefore(Instant.now().plus(margin))) {
            return tokens.accessToken();
        }
        return fresh(tokens == null ? null : tokens.accessToken()).accessToken();
    }

    @Override
    public Optional<String> renewAfterUnauthorized(String rejected) throws KommoException {
        return Optional.of(fresh(rejected).accessToken());
    }

    @Override
    public Optional<Instant> expiry() {
        KommoTokens tokens = current;
        return tokens == null || tokens.accessToken() == null ? Optional.empty() : Optional.of(tokens.expiresAt());
    }

    @Override
    public boolean refreshable() {
        return true;
    }

    @Override
    public Optional<KommoException> failure() {
        return Optional.ofNullable(refused);
    }

    /** How many refresh requests this process sent for the account. */
    public long refreshes() {
        return refreshes.get();
    }

    /**
     * A pair other than the one whose access token is {@code seen}, usable now: the one another thread or replica
     * stored meanwhile, or a new one. {@code seen} is expiring or Kommo refused it (401), so a copy of it in the
     * store is of no use either.
     */
    private KommoTokens fresh(String seen) throws KommoException {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KommoException("Interrupted while waiting for the Kommo token refresh of " + account, e);
        }
        try {
            checkRefused();
            KommoTokens mine = current;
            if (mine != null && usable(mine, seen)) {
                return mine; // another request of this process refreshed while this one waited
            }
            if (failed != null && System.nanoTime() - failedNanos < FAILURE_PAUSE.toNanos()) {
                throw new KommoException("The token refresh of " + account + " failed less than "
                                         + FAILURE_PAUSE.toSeconds() + " s ago; not retried yet: "
                                         + failed.getMessage(),
                        failed);
            }
            long deadline = System.nanoTime() + CLAIM.plusSeconds(30).toNanos();
            long pause = 20;
            while (true) {
                KommoTokens stored = store.load(key).orElse(null);
                if (stored == null) {
                    stored = bootstrap();
                    if (stored.accessToken() != null) {
                        current = stored;
                        return stored;
                    }
                }
                if (usable(stored, seen)) {
                    current = stored; // another replica refreshed
                    return stored;
                }
                if (store.claim(key, stored.refreshToken(), owner, Instant.now().plus(CLAIM))) {
                    KommoTokens next = spend(stored);
                    if (store.compareAndSet(key, stored.refreshToken(), next)) { // nothing between answer and store
                        current = issued(next);
                        failed = null;
                        LOG.info("Refreshed the Kommo OAuth tokens of {}; the access token expires at {}", account,
                                next.expiresAt());
                        return next;
                    }
                    // our claim had expired and another process stored a pair meanwhile: use the store's
                    LOG.warn("The Kommo token store changed while {} was being refreshed; using the stored pair",
                            account);
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    throw new KommoException("Another process holds the claim on the refresh token of " + account
                                             + " and stored no new pair in time; try again later");
                }
                TimeUnit.MILLISECONDS.sleep(pause); // another replica is refreshing: wait for its pair
                pause = Math.min(pause * 2, 500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KommoException("Interrupted while waiting for the Kommo token refresh of " + account, e);
        } finally {
            lock.unlock();
        }
    }

    /** Whether a pair is one to use rather than the one just seen: another access token, not about to expire. */
    private boolean usable(KommoTokens tokens, String seen) {
        return tokens.accessToken() != null && !Objects.equals(tokens.accessToken(), seen)
               && !tokens.expiresBefore(Instant.now().plus(margin));
    }

    /** A pair just issued: its lifetime sets the margin, so a short-lived token is not refreshed on every request. */
    private KommoTokens issued(KommoTokens tokens) {
        Duration lifetime = Duration.between(Instant.now(), tokens.expiresAt());
        margin = lifetime.compareTo(REFRESH_MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
        return tokens;
    }

    /** Spends the stored refresh token; returns Kommo's answer as it came, for the store at once. */
    private KommoTokens spend(KommoTokens stored) throws KommoException {
        refreshes.incrementAndGet();
        try {
            return endpoint.refresh(stored);
        } catch (KommoReauthorizationRequiredException e) {
            refuse(e, stored.refreshToken());
            throw e;
        } catch (KommoForbiddenException e) {
            throw e; // the account's block: its circuit holds further attempts back, the grant is not judged
        } catch (KommoException e) {
            failed = e;
            failedNanos = System.nanoTime();
            throw e;
        }
    }

    /** The store holds nothing: exchange the code, or start from the refresh token option. */
    private KommoTokens bootstrap() throws KommoException {
        String code = authorizationCode;
        if (code != null) {
            KommoTokens first;
            try {
                first = issued(endpoint.exchange(code, null));
            } catch (KommoReauthorizationRequiredException e) {
                authorizationCode = null; // refused: a code is good for one answer only
                refuse(e, null);
                throw e;
            }
            authorizationCode = null; // exchanged once, then forgotten (kept only when no answer came)
            if (store.compareAndSet(key, null, first)) {
                LOG.info("Exchanged the authorization code of {} and stored the tokens", account);
                return first;
            }
            return store.load(key)
                    .orElseThrow(() -> new KommoException("The Kommo token store lost the tokens of " + account));
        }
        if (settings.refreshToken() != null) {
            store.compareAndSet(key, null, new KommoTokens(null, settings.refreshToken(), Instant.EPOCH, null));
            return store.load(key)
                    .orElseThrow(() -> new KommoException("The Kommo token store lost the tokens of " + account));
        }
        KommoReauthorizationRequiredException none = new KommoReauthorizationRequiredException("OAuth " + account, 0,
                "No tokens", null, "The token store " + store + " holds no tokens for client " + settings.clientId()
                                   + " and no refreshToken or authorizationCode is set",
                null, null, TokenEndpoint.steps(settings.clientId(), baseUrl));
        refuse(none, null);
        throw none;
    }

    private void refuse(KommoReauthorizationRequiredException e, String refreshToken) {
        refused = e;
        refusedRefreshToken = refreshToken;
        refusedCheckedNanos = System.nanoTime();
        current = null;
        LOG.error("Kommo refused the OAuth grant of {}: {}", account, e.getMessage());
    }

    /** While refused: fail fast, but take up a pair that a person stored since. */
    private void checkRefused() throws KommoException {
        KommoReauthorizationRequiredException e = refused;
        if (e == null) {
            return;
        }
        if (System.nanoTime() - refusedCheckedNanos >= RECHECK.toNanos()) {
            refusedCheckedNanos = System.nanoTime();
            KommoTokens stored = store.load(key).orElse(null);
            if (stored != null && !stored.refreshToken().equals(refusedRefreshToken)) {
                LOG.info("The token store holds new Kommo tokens for {}: using them", account);
                refused = null;
                return;
            }
        }
        throw e.again();
    }

    /**
     * Exchanges a code a person just obtained and stores the pair, replacing whatever the store held (a new
     * authorisation supersedes the old grant); requests use it at once.
     */
    KommoTokens authorize(String code, String domain) throws KommoException {
        lock.lock();
        try {
            KommoTokens first = issued(endpoint.exchange(code, domain));
            while (true) {
                KommoTokens stored = store.load(key).orElse(null);
                if (store.compareAndSet(key, stored == null ? null : stored.refreshToken(), first)) {
                    break;
                }
            }
            current = first;
            refused = null;
            failed = null;
            LOG.info("Connected {}: the tokens are stored", account);
            return first;
        } finally {
            lock.unlock();
        }
    }
}
