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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.camelkommo.sandbox.internal.inspect.RequestLog;
import io.github.camelkommo.sandbox.internal.rules.BlockPolicy;

/**
 * What the sandbox saw: every API request (not the {@code /__sandbox} ones) with its arrival time and answer
 * status, the response counts, and the densest window of arrivals. A request appears in {@link #requests()} as
 * soon as its answer is decided, before the answer leaves the server; the log keeps the most recent 100,000 by
 * default, the counters are exact.
 */
public final class SandboxStats {

    private final RequestLog log;
    private final BlockPolicy block;

    SandboxStats(RequestLog log, BlockPolicy block) {
        this.log = log;
        this.block = block;
    }

    /** The recorded API requests in arrival order. */
    public List<RecordedRequest> requests() {
        return log.requests();
    }

    /** The recorded requests with this method ({@code null} = any) whose path starts with {@code pathPrefix}. */
    public List<RecordedRequest> requests(String method, String pathPrefix) {
        return log.requests().stream()
                .filter(r -> method == null || method.equalsIgnoreCase(r.method()))
                .filter(r -> pathPrefix == null || r.path().startsWith(pathPrefix))
                .collect(Collectors.toList());
    }

    /** The most API requests that arrived within any window of this length (all of them, 429s and 403s included). */
    public int maxRequestsInAnyWindow(Duration window) {
        return log.maxInAnyWindow(window);
    }

    /** How many answers had this status (0 = dropped connections). */
    public int count(int status) {
        return log.count(status);
    }

    /** Answer counts by status. */
    public Map<Integer, Integer> countsByStatus() {
        return log.countsByStatus();
    }

    /** How many API requests were answered (or dropped). */
    public int total() {
        return log.total();
    }

    /** The end of the token block in force, if any. */
    public Optional<Instant> blockedUntil() {
        return block.blockedUntil();
    }

    /** Forgets the log and the counters (a block in force stays). */
    public void clear() {
        log.clear();
    }
}
