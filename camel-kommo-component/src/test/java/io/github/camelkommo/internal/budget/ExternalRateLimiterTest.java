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
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rateLimiter: the user's own Bucket4j bucket paces the account's requests instead of the component's spacing. */
class ExternalRateLimiterTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setRateLimiter(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(2, Duration.ofSeconds(1)).build()).build());
        return kommo;
    }

    @Test
    void theUsersBucketPacesEveryRequestAndTheWindowStillHolds() {
        for (int i = 0; i < 6; i++) {
            template.requestBody("kommo:users?operation=list", (Object) null);
        }

        List<RecordedRequest> sent = sandbox().stats().requests("GET", "/api/v4/users");
        assertThat(sent).hasSize(6);
        // 2 per second: 6 requests span 2.5 s of permits (the component's own 7 per second would take 0.7 s)
        assertThat(Duration.ofNanos(sent.get(5).nanoTime() - sent.get(0).nanoTime()))
                .isGreaterThan(Duration.ofMillis(2_000));
        assertThat(sandbox().stats().count(429)).isZero();
    }
}
