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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One budget's view of its {@link BudgetStore}: every call that fails marks the store unreachable (logged once, by the
 * exception's type only, so no address or password reaches the log), every call that succeeds marks it reachable.
 */
final class SharedBudget {

    private static final Logger LOG = LoggerFactory.getLogger(SharedBudget.class);

    private final BudgetSharing sharing;
    private final String account;
    private volatile boolean reachable = true;

    SharedBudget(BudgetSharing sharing, String account) {
        this.sharing = sharing;
        this.account = account;
    }

    int fallbackReplicas() {
        return sharing.fallbackReplicas();
    }

    boolean reachable() {
        return reachable;
    }

    /** The shared state, or {@link BudgetStore.SharedState#NONE} when the store cannot be reached. */
    BudgetStore.SharedState state() {
        try {
            BudgetStore.SharedState state = sharing.store().state(sharing.key());
            up();
            return state;
        } catch (RuntimeException e) {
            down(e);
            return BudgetStore.SharedState.NONE;
        }
    }

    void pause(Duration time) {
        try {
            sharing.store().pause(sharing.key(), time);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    void block(Duration time) {
        try {
            sharing.store().block(sharing.key(), time);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    /** The shared bucket; throws when the store cannot be reached. */
    Bucket bucket(BucketConfiguration configuration) {
        return sharing.store().bucket(sharing.key(), configuration);
    }

    void down(RuntimeException e) {
        if (reachable) {
            reachable = false;
            LOG.warn("The shared request budget of {} cannot be reached ({}): {}", account, e.getClass().getSimpleName(),
                    sharing.fallbackReplicas() > 0
                            ? "sending at most 1/" + sharing.fallbackReplicas() + " of the budget until it returns"
                            : "sending nothing until it returns");
        }
    }

    private void up() {
        if (!reachable) {
            reachable = true;
            LOG.info("The shared request budget of {} is reachable again", account);
        }
    }
}
