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

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.camelkommo.budget.BudgetStore;

/**
 * Where a budget's permits come from: one token bucket (the component's own, the user's {@code rateLimiter}, or the
 * shared one of a {@link BudgetStore}), refilled one permit per {@link AdaptiveSpacing#spacing()}. While a shared store
 * cannot be reached, permits come from a local bucket spaced {@code fallbackReplicas} times wider, or none come until
 * the store returns ({@code fallbackReplicas} 0).
 */
final class Permits {

    private final SharedBudget shared;
    private final AdaptiveSpacing spacing;
    /** Whether the spacing applies to the bucket; a bucket the user hands in is used as it is. */
    private final boolean adaptive;
    /** Whether the permits come from the shared store's bucket. */
    private final boolean fromStore;
    private volatile Bucket bucket;
    private volatile Bucket fallback;

    Permits(Bucket userBucket, SharedBudget shared, AdaptiveSpacing spacing) {
        this.shared = shared;
        this.spacing = spacing;
        this.adaptive = userBucket == null;
        this.fromStore = adaptive && shared != null;
        this.bucket = userBucket != null ? userBucket
                                         : shared == null ? Bucket.builder().addLimit(limit(spacing.spacing())).build()
                                                          : null;
    }

    private static BucketConfiguration configuration(Duration spacing) {
        return BucketConfiguration.builder().addLimit(limit(spacing)).build();
    }

    private static Bandwidth limit(Duration spacing) {
        return Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build();
    }

    /** Waits up to {@code maxWaitNanos} for a permit (0: only one free now); returns whether one came. */
    boolean acquire(long maxWaitNanos) throws InterruptedException {
        if (!fromStore) {
            return consume(bucket, maxWaitNanos);
        }
        return shared.take(maxWaitNanos, left -> consume(sharedBucket(), left), left -> consume(fallback(), left),
                false);
    }

    /** Takes a permit only if one is free now. */
    boolean tryNow() {
        try {
            return acquire(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean consume(Bucket bucket, long maxWaitNanos) throws InterruptedException {
        return maxWaitNanos == 0 ? bucket.tryConsume(1) : bucket.asBlocking().tryConsume(1, maxWaitNanos);
    }

    /** Applies the current spacing to the bucket (a shared bucket: for every replica) and the fallback. */
    void respace() {
        if (!adaptive) {
            return;
        }
        try {
            Bucket current = fromStore ? sharedBucket() : bucket;
            current.replaceConfiguration(configuration(spacing.spacing()), TokensInheritanceStrategy.AS_IS);
        } catch (RuntimeException storeDown) {
            shared.down(storeDown);
        }
        Bucket local = fallback;
        if (local != null) {
            local.replaceConfiguration(configuration(fallbackSpacing()), TokensInheritanceStrategy.AS_IS);
        }
    }

    private Bucket sharedBucket() {
        Bucket current = bucket;
        if (current == null) {
            synchronized (this) {
                if (bucket == null) {
                    bucket = shared.bucket(configuration(spacing.spacing()));
                }
                current = bucket;
            }
        }
        return current;
    }

    private Bucket fallback() {
        Bucket current = fallback;
        if (current == null) {
            synchronized (this) {
                if (fallback == null) {
                    fallback = Bucket.builder().addLimit(limit(fallbackSpacing())).build();
                }
                current = fallback;
            }
        }
        return current;
    }

    private Duration fallbackSpacing() {
        return spacing.spacing().multipliedBy(shared.fallbackReplicas());
    }
}
