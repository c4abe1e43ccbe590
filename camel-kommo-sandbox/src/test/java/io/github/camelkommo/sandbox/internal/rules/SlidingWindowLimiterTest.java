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
package io.github.camelkommo.sandbox.internal.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The window arithmetic with synthetic times (nanoseconds), free of real-time jitter. */
class SlidingWindowLimiterTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    @Test
    void admitsSevenInAnyOneSecondWindow() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(7, SECOND);
        for (int i = 0; i < 7; i++) {
            assertThat(limiter.tryAcquire("t", i * 100 * MS)).isZero();
        }
        // the 8th within the second of the first: refused until the first leaves the window at 1000 ms
        assertThat(limiter.tryAcquire("t", 700 * MS)).isEqualTo(300 * MS);
        assertThat(limiter.tryAcquire("t", 999 * MS)).isEqualTo(MS);
        assertThat(limiter.tryAcquire("t", 1_000 * MS)).isZero();
        // now the window (0.1 s .. 1.0 s] is full again: the next slot frees at 1100 ms
        assertThat(limiter.tryAcquire("t", 1_050 * MS)).isEqualTo(50 * MS);
        assertThat(limiter.tryAcquire("t", 1_100 * MS)).isZero();
    }

    @Test
    void refusedRequestsDoNotOccupyTheWindow() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(2, SECOND);
        assertThat(limiter.tryAcquire("t", 0)).isZero();
        assertThat(limiter.tryAcquire("t", 10 * MS)).isZero();
        for (long t = 20; t < 1_000; t += 20) {
            assertThat(limiter.tryAcquire("t", t * MS)).isPositive();
        }
        assertThat(limiter.tryAcquire("t", 1_000 * MS)).isZero();
    }

    @Test
    void keysHaveTheirOwnWindowsAndZeroMeansUnlimited() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, SECOND);
        assertThat(limiter.tryAcquire("a", 0)).isZero();
        assertThat(limiter.tryAcquire("b", 0)).isZero();
        assertThat(limiter.tryAcquire("a", MS)).isPositive();
        limiter.setLimit(0);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire("a", 2 * MS)).isZero();
        }
    }
}
