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
package io.github.camelkommo.budget;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where budgets shared by several JVMs live: per budget key, a distributed token bucket, the places of the
 * arrival window (each request's place from its permit until a second after its answer), the pause after a 429 and
 * the block after Kommo's 403, so that one replica's 429 pauses all and one replica's block stops all. With the module
 * {@code io.github.camelkommo:camel-kommo-redis} the component makes a {@code RedisBudgetStore} from
 * {@code budgetRedisUri}; hand in your own as {@code budgetStore} (for example a {@code RedisBudgetStore} on your
 * Lettuce client, or another engine's Bucket4j proxy manager behind this interface).
 * <p>
 * Every method may throw a {@link RuntimeException} when the store cannot be reached; the budget then falls back as
 * {@code budgetReplicas} says.
 */
public interface BudgetStore {

    /** The shared bucket of {@code key}, created with {@code configuration} when the store has none yet. */
    Bucket bucket(String key, BucketConfiguration configuration);

    /**
     * Takes one of {@code size} places of {@code key}'s window for {@code place}, held until
     * {@link #leaveWindow} or, if that never comes, {@code inFlightBound} from now; places whose time has come are
     * freed first. Times are the store's own clock.
     *
     * @return zero when the place was taken, otherwise how long until the first held place frees (at most a
     *         second when every place is still in flight, since an answer frees its place a second later)
     */
    Duration enterWindow(String key, String place, int size, Duration inFlightBound);

    /** The request of {@code place} was answered: its place frees {@code hold} from now. */
    void leaveWindow(String key, String place, Duration hold);

    /** What the replicas of {@code key} have shared: the pause after a 429 and the block, as time left. */
    SharedState state(String key);

    /** Pauses {@code key} for {@code time} from now, unless a longer pause is already shared. */
    void pause(String key, Duration time);

    /** Blocks {@code key} for {@code time} from now, unless a longer block is already shared. */
    void block(String key, Duration time);

    /**
     * The time left of a budget's shared pause (after a 429) and block (after Kommo's 403).
     *
     * @param pause zero when none
     * @param block zero when none
     */
    record SharedState(Duration pause, Duration block) {

        /** Nothing shared: no pause, no block. */
        public static final SharedState NONE = new SharedState(Duration.ZERO, Duration.ZERO);
    }
}
