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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link ArrivalWindow}'s places in this JVM: {@code size} places, each held from its grant until {@code hold}
 * after its request was answered.
 */
final class LocalWindow {

    private final int size;
    private final long holdNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Held> held = new ArrayList<>();

    LocalWindow(int size, long holdNanos) {
        this.size = size;
        this.holdNanos = holdNanos;
    }

    /** Waits up to {@code maxWaitNanos} for a place; null when none came. */
    ArrivalWindow.Place enter(long maxWaitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                Held place = take(now);
                if (place != null) {
                    return place;
                }
                long left = deadline - now;
                if (left <= 0) {
                    return null;
                }
                changed.awaitNanos(Math.min(left, untilFree(now)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** A place only if one is free now; null otherwise. */
    ArrivalWindow.Place tryNow() {
        lock.lock();
        try {
            return take(System.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    private Held take(long now) {
        held.removeIf(p -> p.freed(now));
        if (held.size() >= size) {
            return null;
        }
        Held place = new Held();
        held.add(place);
        return place;
    }

    /** How long until the first answered place frees; a second and a hold when every place is still in flight. */
    private long untilFree(long now) {
        long wait = holdNanos + TimeUnit.SECONDS.toNanos(1);
        for (Held p : held) {
            if (p.answered) {
                wait = Math.min(wait, p.freeAt - now);
            }
        }
        return Math.max(wait, 1);
    }

    private final class Held implements ArrivalWindow.Place {

        private boolean answered;
        private long freeAt;

        boolean freed(long now) {
            return answered && freeAt - now <= 0;
        }

        @Override
        public void answered() {
            lock.lock();
            try {
                if (!answered) {
                    answered = true;
                    freeAt = System.nanoTime() + holdNanos;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
