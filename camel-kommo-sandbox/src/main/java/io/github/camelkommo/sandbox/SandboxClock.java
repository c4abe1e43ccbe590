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
package io.github.camelkommo.sandbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The unix-second time source that stamps {@code created_at} and {@code updated_at} of the sandbox's entities.
 * A {@linkplain #system() system} clock follows the wall clock; a {@linkplain #fixed(long) fixed} clock stands still
 * until a test moves it, so time-dependent data (If-Modified-Since, {@code filter[updated_at]}) needs no sleeps.
 * The rate limiter does not use this clock: it measures real elapsed time.
 */
public final class SandboxClock {

    private final AtomicLong manual;

    private SandboxClock(AtomicLong manual) {
        this.manual = manual;
    }

    /** A clock that follows the system's wall clock. */
    public static SandboxClock system() {
        return new SandboxClock(null);
    }

    /** A manual clock reading {@code epochSecond} until it is {@link #set set} or {@link #advanceSeconds moved}. */
    public static SandboxClock fixed(long epochSecond) {
        return new SandboxClock(new AtomicLong(epochSecond));
    }

    /** The current time in unix seconds. */
    public long nowSeconds() {
        return manual == null ? Instant.now().getEpochSecond() : manual.get();
    }

    /** Moves a manual clock forward by {@code s} seconds; {@link IllegalStateException} on a system clock. */
    public void advanceSeconds(long s) {
        manual().addAndGet(s);
    }

    /** Sets a manual clock; {@link IllegalStateException} on a system clock. */
    public void set(long epochSecond) {
        manual().set(epochSecond);
    }

    private AtomicLong manual() {
        if (manual == null) {
            throw new IllegalStateException("The system clock cannot be moved; use SandboxClock.fixed(...)");
        }
        return manual;
    }
}
