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
package io.github.camelkommo.internal.producer;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far a long bulk write is: items done, the rate, and the time left. At most one line per interval, and
 * none for a write that ends within the first interval, so short writes log nothing.
 */
final class WriteProgress {

    private static final Logger LOG = LoggerFactory.getLogger(KommoProducer.class);

    private final String what;
    private final int total;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastLog = start;

    /** @param interval how often to log; zero or less logs nothing */
    WriteProgress(String what, int total, Duration interval) {
        this.what = what;
        this.total = total;
        this.intervalNanos = interval.toNanos();
    }

    void done(int items) {
        long now = System.nanoTime();
        if (intervalNanos <= 0 || now - lastLog < intervalNanos || items >= total) {
            return;
        }
        lastLog = now;
        double seconds = (now - start) / 1e9;
        double rate = items / seconds;
        long left = Math.round((total - items) / Math.max(rate, 1e-9));
        LOG.info("{}: {} of {} items written ({}%), {} items/s, about {} left", what, items, total,
                items * 100 / total, Math.round(rate),
                Duration.ofSeconds(left).toString().substring(2).toLowerCase(Locale.ROOT));
    }
}
