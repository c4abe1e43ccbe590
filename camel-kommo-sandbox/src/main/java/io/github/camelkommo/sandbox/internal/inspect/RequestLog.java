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
package io.github.camelkommo.sandbox.internal.inspect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelkommo.sandbox.RecordedRequest;

/**
 * The record of API requests: each request's arrival is noted when it comes in (so arrival order and the
 * any-window maximum include requests still in flight), and its full record is added when its answer is decided.
 * Counters are exact for the whole run; the detailed log is a ring of the most recent {@code capacity} records, the
 * arrival times keep the most recent {@code arrivalCapacity} (at least half of it).
 */
public final class RequestLog {

    private static final int MAX_STATUS = 600;

    private final int arrivalCapacity;
    private final RecordedRequest[] ring;
    private final long[] ringSeqs;
    private final int[] byStatus = new int[MAX_STATUS];
    private int total;
    private long nextSeq;
    private long firstKeptSeq;
    private long[] arrivals = new long[1024];
    private int arrivalCount;

    public RequestLog(int capacity, int arrivalCapacity) {
        if (capacity < 1 || arrivalCapacity < 2) {
            throw new IllegalArgumentException("log capacities must be positive");
        }
        this.ring = new RecordedRequest[capacity];
        this.ringSeqs = new long[capacity];
        this.arrivalCapacity = arrivalCapacity;
    }

    /** Notes an arrival now; returns its ticket for {@link #complete}. */
    public synchronized Arrival arrive() {
        long nanos = System.nanoTime();
        if (arrivalCount == arrivals.length) {
            if (arrivalCount >= arrivalCapacity) {
                int keep = arrivalCount / 2;
                System.arraycopy(arrivals, arrivalCount - keep, arrivals, 0, keep);
                arrivalCount = keep;
            } else {
                arrivals = Arrays.copyOf(arrivals, Math.min(arrivalCapacity, arrivals.length * 2));
            }
        }
        arrivals[arrivalCount++] = nanos;
        return new Arrival(nextSeq++, Instant.now(), nanos);
    }

    /** Adds the record of an answered (or dropped) request. */
    public synchronized void complete(Arrival arrival, RecordedRequest request) {
        if (arrival.seq() < firstKeptSeq) {
            return;
        }
        total++;
        byStatus[Math.min(Math.max(request.status(), 0), MAX_STATUS - 1)]++;
        if (arrival.seq() >= nextSeq - ring.length) {
            int slot = (int) (arrival.seq() % ring.length);
            ring[slot] = request;
            ringSeqs[slot] = arrival.seq();
        }
    }

    /** The kept records in arrival order (requests still in flight are not there yet). */
    public synchronized List<RecordedRequest> requests() {
        long from = Math.max(firstKeptSeq, nextSeq - ring.length);
        List<RecordedRequest> out = new ArrayList<>((int) (nextSeq - from));
        for (long seq = from; seq < nextSeq; seq++) {
            int slot = (int) (seq % ring.length);
            if (ring[slot] != null && ringSeqs[slot] == seq) {
                out.add(ring[slot]);
            }
        }
        return out;
    }

    /** Requests answered (dropped connections count with status 0). */
    public synchronized int total() {
        return total;
    }

    public synchronized int count(int status) {
        return status < 0 || status >= MAX_STATUS ? 0 : byStatus[status];
    }

    /** Response counts by status, ordered by status. */
    public synchronized Map<Integer, Integer> countsByStatus() {
        Map<Integer, Integer> out = new TreeMap<>();
        for (int status = 0; status < MAX_STATUS; status++) {
            if (byStatus[status] > 0) {
                out.put(status, byStatus[status]);
            }
        }
        return out;
    }

    /** The largest number of arrivals within any window of this length. */
    public synchronized int maxInAnyWindow(Duration window) {
        long length = window.toNanos();
        int best = 0;
        int start = 0;
        for (int end = 0; end < arrivalCount; end++) {
            while (arrivals[end] - arrivals[start] >= length) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    /** Forgets everything recorded so far; requests in flight are not recorded when they complete. */
    public synchronized void clear() {
        Arrays.fill(ring, null);
        Arrays.fill(byStatus, 0);
        total = 0;
        arrivalCount = 0;
        firstKeptSeq = nextSeq;
    }

    /** The ticket of one arrival: its sequence number and its times. */
    public record Arrival(long seq, Instant time, long nanoTime) {
    }
}
