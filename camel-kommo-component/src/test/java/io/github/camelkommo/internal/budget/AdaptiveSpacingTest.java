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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule by which the spacing of permits adapts: wider after a 429, back slowly, within its bounds. */
class AdaptiveSpacingTest {

    private static final Duration BASE = Duration.ofMillis(150);

    @Test
    void a429WidensOncePerSettlingTimeUpToTheMaximum() {
        AdaptiveSpacing spacing = new AdaptiveSpacing(BASE);
        long now = System.nanoTime();

        assertThat(spacing.rateLimited(now)).isTrue();
        assertThat(spacing.spacing()).isEqualTo(Duration.ofMillis(156));
        assertThat(spacing.rateLimited(now + AdaptiveSpacing.SETTLE.toNanos() - 1)).as("same crowded second").isFalse();
        assertThat(spacing.spacing()).isEqualTo(Duration.ofMillis(156));

        for (int i = 1; i <= 30; i++) {
            spacing.rateLimited(now + i * AdaptiveSpacing.SETTLE.toNanos());
        }
        assertThat(spacing.spacing()).isEqualTo(Duration.ofMillis(225)); // 1.5 x the base
        assertThat(spacing.rateLimited(now + 31 * AdaptiveSpacing.SETTLE.toNanos())).isFalse();
    }

    @Test
    void answeredRequestsNarrowItSlowlyNeverBelowTheBase() {
        AdaptiveSpacing spacing = new AdaptiveSpacing(BASE);
        long now = System.nanoTime();
        spacing.rateLimited(now);
        spacing.rateLimited(now + AdaptiveSpacing.SETTLE.toNanos());
        assertThat(spacing.spacing()).isEqualTo(Duration.ofMillis(162));

        int narrowed = 0;
        for (int i = 0; i < AdaptiveSpacing.NARROW_AFTER * 10; i++) {
            narrowed += spacing.answered() ? 1 : 0;
        }
        assertThat(narrowed).isEqualTo(8); // 162 ms back to 150 ms in steps of 1.5 ms, one per 500 answers
        assertThat(spacing.spacing()).isEqualTo(BASE);
    }

    @Test
    void a429RestartsTheCountTowardsNarrowing() {
        AdaptiveSpacing spacing = new AdaptiveSpacing(BASE);
        spacing.rateLimited(System.nanoTime());
        for (int i = 0; i < AdaptiveSpacing.NARROW_AFTER - 1; i++) {
            spacing.answered();
        }
        spacing.rateLimited(System.nanoTime() + AdaptiveSpacing.SETTLE.toNanos());
        assertThat(spacing.answered()).isFalse();
        assertThat(spacing.spacing()).isEqualTo(Duration.ofMillis(162));
    }
}
