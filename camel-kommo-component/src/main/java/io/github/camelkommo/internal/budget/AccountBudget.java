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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.budget.BudgetStore;
import io.github.camelkommo.error.KommoApiException;
import io.github.camelkommo.error.KommoBudgetException;
import io.github.camelkommo.error.KommoConnectionException;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.error.KommoForbiddenException;
import io.github.camelkommo.error.KommoPermissionException;
import io.github.camelkommo.error.KommoRateLimitException;
import io.github.camelkommo.error.KommoServerException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The request budget of one account, which every request to it passes: a Resilience4j {@link Retry} around a
 * {@link CircuitBreaker} that opens on 403, around a permit of a Bucket4j token {@link Bucket}, around the send. So
 * every attempt, retries included, spends a permit, and nothing is sent while the circuit is open.
 * <p>
 * Two rules keep the account under its limit. The {@link ArrivalWindow} is the guarantee: every request holds one of
 * {@code requestsPerSecond} places from its permit until a second after its answer, so no second holds more arrivals
 * than the limit however late or unevenly requests reach Kommo. The bucket paces: it holds one token and refills it
 * every {@link AdaptiveSpacing#spacing()} (from {@link BudgetSettings#permitSpacing()}, wider after 429s), so requests
 * are spaced rather than bursted. With a {@link BudgetSharing} the window, the bucket, the pause after a 429 and the
 * block after Kommo's 403 live in a {@link BudgetStore} that every replica shares. (A fixed-cycle limiter such as
 * Resilience4j's RateLimiter can grant one permit at the end of a cycle and the next at the start of the following
 * one, and so puts eight requests into some one-second windows at seven per second.)
 * <ul>
 * <li>429: the request was not processed; the whole account pauses for Kommo's hint (bounded by
 * {@code maxRetryAfter}), then the request is retried, whatever its method.</li>
 * <li>5xx and lost connections: retried with exponential backoff and jitter, only for idempotent requests unless the
 * caller allows retrying writes.</li>
 * <li>403: never retried. Kommo's block of the account (after repeated 429s, or an IP the account does not allow)
 * opens the circuit for the cool-down, and every request fails fast meanwhile. A 403 for missing rights fails its
 * request alone, as {@link KommoPermissionException}. Which one it is: a 403 whose body is not Kommo's JSON problem
 * (the block is a bare web-server page), or within {@link #BLOCK_AFTER_429} of a 429, is a block; a 403 after which
 * the account answered a request sent later is not; otherwise one probe of {@code GET /api/v4/account}, which every
 * user may read, decides: 403 again is a block.</li>
 * <li>Anything else (400, 401, 402, 404, ...) is not retried.</li>
 * </ul>
 */
public final class AccountBudget {

    /** A call of the API that may fail with a typed Kommo exception. */
    @FunctionalInterface
    public interface Call<T> {
        T send() throws KommoException;
    }

    private final String account;
    private final BudgetSettings settings;
    private final Permits permits;
    private final ArrivalWindow window;
    private final AdaptiveSpacing spacing;
    /** The budget's state shared with other JVMs, or null when it lives in this JVM alone. */
    private final SharedBudget shared;
    private final CircuitBreaker circuit;
    private final Retry idempotentRetry;
    private final Retry writeRetry;
    private final BudgetStats stats = new BudgetStats();
    private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());
    /** A 403 this soon after a 429 is Kommo's block, which follows repeated 429s. */
    static final Duration BLOCK_AFTER_429 = Duration.ofMinutes(1);
    private final Call<?> blockProbe;
    private final ReentrantLock classifying = new ReentrantLock();
    private final AtomicLong last429Nanos = new AtomicLong(System.nanoTime() - BLOCK_AFTER_429.toNanos() - 1);
    /** When the latest request that Kommo answered without a 403 was sent. */
    private final AtomicLong lastAnsweredSentNanos = new AtomicLong(System.nanoTime());

    /**
     * @param account    the account's name, for messages (never the token)
     * @param permits    a bucket handed in by the user, or {@code null} to create one from the settings
     * @param blockProbe sends {@code GET /api/v4/account}, to tell Kommo's block from missing rights after a 403
     */
    public AccountBudget(String account, BudgetSettings settings, Bucket permits, Call<?> blockProbe) {
        this(account, settings, permits, null, blockProbe);
    }

    /**
     * @param sharing how the budget is shared with other JVMs (its bucket, pause and block), or {@code null} to keep
     *                it in this JVM
     */
    public AccountBudget(String account, BudgetSettings settings, Bucket permits, BudgetSharing sharing,
                         Call<?> blockProbe) {
        this.account = account;
        this.settings = settings;
        this.blockProbe = blockProbe;
        this.shared = sharing == null ? null : new SharedBudget(sharing, account);
        this.spacing = new AdaptiveSpacing(settings.permitSpacing());
        this.permits = new Permits(permits, shared, spacing);
        this.window = new ArrivalWindow(settings.requestsPerSecond(), shared);
        this.circuit = CircuitBreaker.of("kommo " + account, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .permittedNumberOfCallsInHalfOpenState(1)
                .waitDurationInOpenState(settings.forbiddenCooldown())
                .recordException(e -> e instanceof KommoForbiddenException)
                .build());
        this.circuit.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                stats.forbiddenTrip();
                if (shared != null) {
                    shared.block(settings.forbiddenCooldown());
                }
            }
        });
        this.idempotentRetry = retry("kommo " + account + " reads", true);
        this.writeRetry = retry("kommo " + account + " writes", false);
    }

    private Retry retry(String name, boolean retryFailures) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        Retry retry = Retry.of(name, RetryConfig.<Object>custom()
                .maxAttempts(settings.maxRetries() + 1)
                .retryOnException(e -> e instanceof KommoRateLimitException
                                       || retryFailures && (e instanceof KommoServerException
                                                            || e instanceof KommoConnectionException))
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft()
                                                          && outcome.getLeft() instanceof KommoRateLimitException
                                                                                                                  ? 0L // the account-wide pause set on the 429 does the waiting, before the next permit
                                                                                                                  : backoff
                                                                                                                          .apply(attempt))
                .failAfterMaxAttempts(false)
                .build());
        retry.getEventPublisher().onRetry(e -> stats.retry());
        return retry;
    }

    /**
     * Sends a request through the budget.
     *
     * @param retryWrites whether a non-idempotent request may be retried after a 5xx or a lost connection
     */
    public <T> T execute(BudgetedRequest request, boolean retryWrites, Call<T> call) throws KommoException {
        Retry retry = request.isIdempotent() || retryWrites ? idempotentRetry : writeRetry;
        CheckedSupplier<T> attempt = () -> {
            if (isBlocked()) { // fail fast rather than wait for a permit that could not be used
                stats.rejected();
                throw forbiddenFast(request);
            }
            return send(request, acquirePermit(request), call);
        };
        try {
            return Retry.decorateCheckedSupplier(retry, attempt).get();
        } catch (KommoException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new KommoException(request + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Sends a request only if a permit is free right now, once, without retries: for health probes, which must
     * neither wait nor add to a busy account's load.
     *
     * @throws KommoBudgetException when no permit is free now (the account is busy, or pausing after a 429)
     */
    public <T> T probe(BudgetedRequest request, Call<T> call) throws KommoException {
        if (isBlocked()) {
            throw forbiddenFast(request);
        }
        adoptSharedPause();
        ArrivalWindow.Place place = pausedUntilNanos.get() - System.nanoTime() > 0 ? null : window.tryNow();
        if (place == null || !permits.tryNow()) {
            if (place != null) {
                place.answered();
            }
            throw new KommoBudgetException(request + " not sent: no permit of the account " + account
                                           + " is free for a probe right now",
                    null);
        }
        return send(request, place, call);
    }

    /**
     * Sends with a permit and a place in the window in hand: checks the circuit once more and tells it how the
     * request ended; the place frees a second after the answer.
     */
    private <T> T send(BudgetedRequest request, ArrivalWindow.Place place, Call<T> call) throws KommoException {
        try {
            return sendInPlace(request, call);
        } finally {
            place.answered();
        }
    }

    private <T> T sendInPlace(BudgetedRequest request, Call<T> call) throws KommoException {
        if (!circuit.tryAcquirePermission()) { // a 403 may have come while this request waited
            stats.rejected();
            throw forbiddenFast(request);
        }
        long start = System.nanoTime();
        try {
            stats.request();
            T result = call.send();
            answered(start);
            if (spacing.answered()) {
                permits.respace();
            }
            circuit.onSuccess(System.nanoTime() - start, circuit.getTimestampUnit());
            return result;
        } catch (KommoRateLimitException e) {
            stats.rateLimited();
            last429Nanos.accumulateAndGet(System.nanoTime(), AccountBudget::later);
            Duration pause = pause(e.getRetryAfter());
            if (shared != null) {
                shared.pause(pause);
            }
            widen();
            circuit.onSuccess(System.nanoTime() - start, circuit.getTimestampUnit());
            throw e;
        } catch (KommoForbiddenException e) {
            if (isBlock(request, e, start)) {
                circuit.onError(System.nanoTime() - start, circuit.getTimestampUnit(), e);
                throw e;
            }
            circuit.onSuccess(System.nanoTime() - start, circuit.getTimestampUnit());
            throw new KommoPermissionException(e);
        } catch (KommoApiException e) {
            answered(start);
            circuit.onError(System.nanoTime() - start, circuit.getTimestampUnit(), e);
            throw e;
        } catch (KommoException | RuntimeException e) {
            circuit.onError(System.nanoTime() - start, circuit.getTimestampUnit(), e);
            throw e;
        }
    }

    private void answered(long sentNanos) {
        lastAnsweredSentNanos.accumulateAndGet(sentNanos, AccountBudget::later);
    }

    private static long later(long a, long b) {
        return b - a > 0 ? b : a;
    }

    /**
     * Whether a 403 to a request sent at {@code sentNanos} is Kommo's block of the whole account rather than missing
     * rights. One classification runs at a time, so that concurrent 403s share one probe.
     */
    private boolean isBlock(BudgetedRequest request, KommoForbiddenException forbidden, long sentNanos) {
        String body = forbidden.getResponseBody() == null ? "" : forbidden.getResponseBody().strip();
        if (!body.startsWith("{") // Kommo's block is its web server's bare 403 page; missing rights are problem+json
            || System.nanoTime() - last429Nanos.get() < BLOCK_AFTER_429.toNanos()
            || request.path().equals(KommoEntity.account.path())) {
            return true;
        }
        classifying.lock();
        try {
            if (circuit.getState() == CircuitBreaker.State.OPEN) {
                return true; // a concurrent 403 was found to be the block
            }
            if (lastAnsweredSentNanos.get() - sentNanos > 0) {
                return false; // the account answered a request sent after this one: no block
            }
            ArrivalWindow.Place place;
            try {
                place = acquirePermit(request);
            } catch (KommoBudgetException busy) {
                return false; // undecided: fail this request alone; the next 403 asks again
            }
            long probeSent = System.nanoTime();
            stats.request();
            try {
                blockProbe.send();
                answered(probeSent);
                return false;
            } catch (KommoForbiddenException stillForbidden) {
                return true;
            } catch (KommoApiException otherAnswer) {
                answered(probeSent);
                return false;
            } catch (KommoException noAnswer) {
                return false; // undecided: fail this request alone; the next 403 asks again
            } finally {
                place.answered();
            }
        } finally {
            classifying.unlock();
        }
    }

    /**
     * Waits for a place in the window and a permit that fall outside any pause after a 429: a permit granted during a
     * pause is dropped and the request waits for the next one, so the requests held back by a pause do not all go
     * at once when it ends.
     */
    private ArrivalWindow.Place acquirePermit(BudgetedRequest request) throws KommoBudgetException {
        long deadline = System.nanoTime() + settings.permitTimeout().toNanos();
        long start = System.nanoTime();
        while (true) {
            adoptSharedPause();
            long pause = pausedUntilNanos.get() - System.nanoTime();
            if (pause > 0) {
                if (System.nanoTime() + pause - deadline > 0) {
                    stats.rejected();
                    throw new KommoBudgetException(request + " not sent: the account " + account + " pauses "
                                                   + Duration.ofNanos(pause).toSeconds() + " s after a 429, longer "
                                                   + "than the permit timeout of "
                                                   + settings.permitTimeout().toSeconds() + " s",
                            null);
                }
                LockSupport.parkNanos(pause);
            }
            ArrivalWindow.Place place = enterWindow(request, Math.max(0, deadline - System.nanoTime()));
            if (place == null || !consumePermit(request, Math.max(0, deadline - System.nanoTime()))) {
                if (place != null) {
                    place.answered();
                }
                stats.rejected();
                throw noPermit(request);
            }
            if (pausedUntilNanos.get() - System.nanoTime() <= 0) {
                long waited = System.nanoTime() - start;
                if (waited > 1_000_000) {
                    stats.waited(waited);
                }
                return place;
            }
            place.answered(); // a 429 paused the account meanwhile: wait out the pause
        }
    }

    /**
     * Why no permit came within the permit timeout: the shared store could not be reached (named, with the option),
     * or the account's budget was spent.
     */
    private KommoBudgetException noPermit(BudgetedRequest request) {
        if (shared != null && !shared.reachable()) {
            return new KommoBudgetException(request + " not sent: " + shared.unreachable() + "; waited "
                                            + settings.permitTimeout().toMillis() + " ms (permitTimeout) for it "
                                            + "(with budgetReplicas set, each replica sends its share of the budget "
                                            + "while it is down)",
                    null);
        }
        return new KommoBudgetException(request + " not sent: no permit of the account " + account + " within "
                                        + settings.permitTimeout().toMillis() + " ms (its budget is "
                                        + settings.requestsPerSecond() + " requests per second; raise "
                                        + "permitTimeout or send less)",
                null);
    }

    /** Where the shared budget is, for messages (never a password); {@code null} when the budget is this JVM's. */
    public String sharedStoreLocation() {
        return shared == null ? null : shared.location();
    }

    private ArrivalWindow.Place enterWindow(BudgetedRequest request, long maxWaitNanos) throws KommoBudgetException {
        try {
            return window.enter(maxWaitNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KommoBudgetException(request + " not sent: interrupted while waiting for a permit", e);
        }
    }

    private boolean consumePermit(BudgetedRequest request, long maxWaitNanos) throws KommoBudgetException {
        try {
            return permits.acquire(maxWaitNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KommoBudgetException(request + " not sent: interrupted while waiting for a permit", e);
        }
    }

    /** Pauses the account for Kommo's hint, bounded by maxRetryAfter; returns the pause. */
    private Duration pause(Duration retryAfter) {
        Duration hint = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
        Duration bounded = hint.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : hint;
        pauseLocally(bounded);
        return bounded;
    }

    /** Pauses this JVM's side of the budget; returns whether the pause got longer. */
    private boolean pauseLocally(Duration time) {
        long until = System.nanoTime() + time.toNanos();
        long before = pausedUntilNanos.getAndAccumulate(until, AccountBudget::later);
        return until - before > 0;
    }

    /** A 429 is a sign that requests reach Kommo less evenly than they are sent: space the permits wider. */
    private void widen() {
        if (spacing.rateLimited(System.nanoTime())) {
            permits.respace();
        }
    }

    /**
     * Takes over a pause another replica shared after its 429, which tells this replica to space wider too. (Its
     * own pauses come back from the store as well, no longer than they are here, so they change nothing.)
     */
    private void adoptSharedPause() {
        if (shared == null) {
            return;
        }
        Duration remote = shared.state().pause();
        if (!remote.isZero() && pauseLocally(remote.minusMillis(REMOTE_PAUSE_SLACK_MILLIS))) {
            widen();
        }
    }

    /** A shared pause read back from the store may have lost this much to the round trip; less is not a new pause. */
    private static final long REMOTE_PAUSE_SLACK_MILLIS = 20;

    private KommoForbiddenException forbiddenFast(BudgetedRequest request) {
        return new KommoForbiddenException(request.toString(), 403, "Forbidden",
                "not sent: Kommo blocks the account " + account + " (it answered 403 to "
                                                                                 + "requests of every kind), so nothing is sent for "
                                                                                 + settings.forbiddenCooldown()
                                                                                         .toSeconds()
                                                                                 + " s (forbiddenCooldown)",
                null, null);
    }

    /**
     * Kommo's block answered a request sent outside the budget (a token request: Kommo's block covers the token
     * endpoint too, which has no per-endpoint rights to miss): the circuit opens as for an API request's block.
     */
    public void blockedOutside(KommoForbiddenException block) {
        circuit.onError(0, circuit.getTimestampUnit(), block);
    }

    public BudgetStats stats() {
        return stats;
    }

    /**
     * Whether the account's circuit is open after a 403 and its cool-down has not ended, here or (with a shared
     * budget) in another replica.
     */
    public boolean isBlocked() {
        if (circuit.tryAcquirePermission()) { // moves an open circuit whose cool-down ended to half-open
            circuit.releasePermission();
            return shared != null && !shared.state().block().isZero();
        }
        return true;
    }

    /** The current spacing between permits (it adapts to 429s, see {@link AdaptiveSpacing}). */
    public Duration permitSpacing() {
        return spacing.spacing();
    }

    /** Whether the budget is shared with other JVMs through a {@link BudgetStore}. */
    public boolean isShared() {
        return shared != null;
    }

    /**
     * Whether the budget is shared but its store cannot be reached (asked now): the budget then sends at most
     * {@code 1/budgetReplicas} of the rate, or nothing.
     */
    public boolean isSharedStoreDown() {
        if (shared == null) {
            return false;
        }
        shared.state();
        return !shared.reachable();
    }

    /** With a shared budget, how many replicas share it when its store cannot be reached (0: they pause). */
    public int fallbackReplicas() {
        return shared == null ? 0 : shared.fallbackReplicas();
    }

    public BudgetSettings settings() {
        return settings;
    }

    /** When the account's pause after a 429 ends (now or earlier when there is none). */
    public Instant pausedUntil() {
        return Instant.now().plusNanos(Math.max(0, pausedUntilNanos.get() - System.nanoTime()));
    }
}
