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
package io.github.camelkommo.examples.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short mode of {@link AsyncProducerBenchmark}, as CI runs it: a burst of exchanges handed to the asynchronous
 * producer at once all come back with leads the sandbox holds, without a 429. No timing or thread target here; the
 * full run's figures are in docs/benchmarks.md.
 */
class AsyncProducerBenchmarkTest {

    @Test
    void aShortBurstIsWrittenWhole() throws Exception {
        AsyncProducerBenchmark.Result result = AsyncProducerBenchmark.run(AsyncProducerBenchmark.SHORT);

        assertThat(result.written()).isEqualTo(AsyncProducerBenchmark.SHORT);
        assertThat(result.distinctIds()).isEqualTo(AsyncProducerBenchmark.SHORT);
        assertThat(result.stored()).isEqualTo(AsyncProducerBenchmark.SHORT);
        assertThat(result.rateLimited()).isZero();
        assertThat(result.maxInOneSecond()).isLessThanOrEqualTo(AsyncProducerBenchmark.RPS);
        assertThat(result.allWritten()).isTrue();
    }
}
