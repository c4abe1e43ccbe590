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

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window rate limiter per key (token): at most {@code limit} admissions within any window of
 * {@code window} nanoseconds. Only admitted requests occupy the window; refused ones leave no trace here.
 * A limit of 0 turns the limiter off.
 */
public final class SlidingWindowLimiter {

    private final long windowNanos;
    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();
    private volatile int limit;

    public SlidingWindowLimiter(int limit, long windowNanos) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("The rate window must be positive");
        }
        this.windowNanos = windowNanos;
        setLimit(limit);
    }

    /** Changes the limit at runtime; 0 turns limiting off. */
    public void setLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("requests per window must be >= 0");
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    public long windowNanos() {
        return windowNanos;
    }

    /**
     * Admits a request of {@code key} at {@code now} (nanoTime) when the window has room.
     *
     * @return 0 when admitted, else the nanoseconds until the window has room again
     */
    public long tryAcquire(String key, long now) {
        int max = limit;
        if (max == 0) {
            return 0;
        }
        ArrayDeque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= windowNanos) {
                window.pollFirst();
            }
            if (window.size() < max) {
                window.addLast(now);
                return 0;
            }
            // room returns when the admission that is 'max' places from the newest leaves the window
            long blocking = window.stream().skip(window.size() - max).findFirst().orElseThrow();
            return Math.max(1, blocking + windowNanos - now);
        }
    }

    /** Forgets every admission. */
    public void clear() {
        windows.clear();
    }
}
