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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arrival window's places in one JVM: held from the grant until a hold after the answer. */
class LocalWindowTest {

    private static final long HOLD = TimeUnit.MILLISECONDS.toNanos(300);

    @Test
    void aFullWindowGrantsNothingUntilAPlaceIsAnsweredAndItsHoldHasPassed() throws Exception {
        LocalWindow window = new LocalWindow(3, HOLD);
        List<ArrivalWindow.Place> places = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            places.add(window.tryNow());
        }
        assertThat(places).doesNotContainNull();
        assertThat(window.tryNow()).as("every place in flight").isNull();
        assertThat(window.enter(TimeUnit.MILLISECONDS.toNanos(100))).as("nothing answered within the wait").isNull();

        long answered = System.nanoTime();
        places.get(1).answered();
        assertThat(window.tryNow()).as("answered, but its hold has not passed").isNull();
        ArrivalWindow.Place next = window.enter(TimeUnit.SECONDS.toNanos(30));
        assertThat(next).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - answered)).isGreaterThanOrEqualTo(Duration.ofNanos(HOLD));
        assertThat(window.tryNow()).as("the freed place was taken again").isNull();
    }

    @Test
    void aWaiterWakesForAPlaceAnsweredWhileItWaits() throws Exception {
        LocalWindow window = new LocalWindow(1, HOLD);
        ArrivalWindow.Place only = window.tryNow();
        CompletableFuture<ArrivalWindow.Place> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return window.enter(TimeUnit.SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long answered = System.nanoTime();
        only.answered();
        only.answered(); // a second report changes nothing

        assertThat(waiter.get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - answered)).isGreaterThanOrEqualTo(Duration.ofNanos(HOLD));
        assertThat(window.tryNow()).isNull();
    }
}
