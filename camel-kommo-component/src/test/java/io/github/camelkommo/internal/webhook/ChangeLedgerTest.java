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
package io.github.camelkommo.internal.webhook;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelkommo.internal.webhook.ChangeLedger.Claim;
import io.github.camelkommo.internal.webhook.ChangeLedger.Verdict;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the ledger of delivered changes, and that it lives in the state repository: a second ledger on the
 * same repository (a restarted JVM, another replica) knows what the first delivered. (Replicas sharing Redis claim a
 * change once however close together they try: ChangeLedgerRedisTest, in camel-kommo-redis.)
 */
class ChangeLedgerTest {

    private static final String WATERMARK = "https://acme.kommo.com/leads";
    private static final long SECOND = 1_767_225_600L;

    private final MemoryStateRepository repository = new MemoryStateRepository();
    private final AtomicLong clock = new AtomicLong(1_000_000);

    private ChangeLedger ledger() {
        ChangeLedger ledger = new ChangeLedger(clock::get);
        ledger.attach(repository, WATERMARK);
        return ledger;
    }

    private static Verdict verdict(ChangeLedger ledger, long entity, long second, String digest) {
        return ledger.claim(entity, second, digest).verdict();
    }

    @Test
    void aChangeIsClaimedOnceAndCountsAsDeliveredOnlyAfterItsExchange() {
        ChangeLedger ledger = ledger();
        Claim update = ledger.claim(7, SECOND, "update");
        assertThat(update.verdict()).isEqualTo(Verdict.CLAIMED);
        assertThat(verdict(ledger, 7, SECOND, "update")).as("the same call again").isEqualTo(Verdict.IN_FLIGHT);
        assertThat(verdict(ledger, 7, SECOND, null)).as("a poll meanwhile").isEqualTo(Verdict.IN_FLIGHT);

        ledger.delivered(update);
        assertThat(verdict(ledger, 7, SECOND, "update")).as("a retried call").isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 7, SECOND, null)).as("the reconcile poll").isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 7, SECOND - 1, "older")).as("an older change").isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 7, SECOND, "status")).as("another event of that second")
                .isEqualTo(Verdict.CLAIMED);
        assertThat(verdict(ledger, 8, SECOND, "update")).as("another entity").isEqualTo(Verdict.CLAIMED);
    }

    @Test
    void aPolledChangeCoversTheCallsOfItsSecondAndAReleasedOneIsDeliveredLater() {
        ChangeLedger ledger = ledger();
        ledger.delivered(ledger.claim(7, SECOND, null));
        assertThat(verdict(ledger, 7, SECOND, "update")).as("a call that came late").isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 7, SECOND + 1, "update")).as("a newer change").isEqualTo(Verdict.CLAIMED);

        Claim failing = ledger.claim(9, SECOND, "update");
        ledger.release(failing);
        assertThat(verdict(ledger, 9, SECOND, null)).as("the poll after the failed exchange")
                .isEqualTo(Verdict.CLAIMED);
    }

    @Test
    void aLedgerOnTheSameRepositoryKnowsWhatWasDelivered() {
        ChangeLedger before = ledger();
        before.delivered(before.claim(7, SECOND, "update"));
        before.claim(8, SECOND, "update"); // its JVM dies during the exchange

        ChangeLedger after = ledger();
        assertThat(repository.getState(WATERMARK + ChangeLedger.KEY_SUFFIX)).contains("7:" + SECOND + ":update");
        assertThat(verdict(after, 7, SECOND, null)).isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(after, 8, SECOND, null)).as("claimed, never delivered").isEqualTo(Verdict.IN_FLIGHT);
        clock.addAndGet(ChangeLedger.LEASE_MILLIS);
        assertThat(verdict(after, 8, SECOND, null)).as("once the claim lapsed").isEqualTo(Verdict.CLAIMED);
    }

    @Test
    void whatThePollPassedIsDroppedAndCountsAsDelivered() {
        ChangeLedger ledger = ledger();
        for (long entity = 1; entity <= 50; entity++) {
            ledger.delivered(ledger.claim(entity, SECOND + entity, "update"));
        }
        String full = repository.getState(WATERMARK + ChangeLedger.KEY_SUFFIX);
        ledger.passed(SECOND + 50);
        String kept = repository.getState(WATERMARK + ChangeLedger.KEY_SUFFIX);

        assertThat(kept).isEqualTo((SECOND + 50) + "|50:" + (SECOND + 50) + ":update").hasSizeLessThan(full.length());
        assertThat(verdict(ledger, 3, SECOND + 3, "update")).isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 3, SECOND + 3, null)).isEqualTo(Verdict.DELIVERED);
        assertThat(verdict(ledger, 3, SECOND + 51, null)).isEqualTo(Verdict.CLAIMED);
    }
}
