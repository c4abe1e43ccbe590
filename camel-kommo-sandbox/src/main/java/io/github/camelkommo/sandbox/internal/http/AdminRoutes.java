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
package io.github.camelkommo.sandbox.internal.http;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.RecordedRequest;
import io.github.camelkommo.sandbox.internal.inspect.RequestLog;
import io.github.camelkommo.sandbox.internal.rules.BlockPolicy;
import io.github.camelkommo.sandbox.internal.rules.SlidingWindowLimiter;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * The inspection endpoints outside {@code /api/v4} (no token, no rate limit, not logged):
 * {@code GET /__sandbox/stats}, {@code GET /__sandbox/requests} (optionally {@code ?limit=N}: the last N) and
 * {@code POST /__sandbox/reset}.
 */
public final class AdminRoutes {

    private AdminRoutes() {
    }

    public static Router build(RequestLog log, SlidingWindowLimiter limiter, BlockPolicy block, Runnable reset) {
        return new Router()
                .on("GET", "/__sandbox/stats", (request, ids) -> ApiResponse.json(200, stats(log, limiter, block)))
                .on("GET", "/__sandbox/requests", (request, ids) -> ApiResponse.json(200, requests(log, request)))
                .on("POST", "/__sandbox/reset", (request, ids) -> {
                    reset.run();
                    return ApiResponse.noContent();
                });
    }

    private static ObjectNode stats(RequestLog log, SlidingWindowLimiter limiter, BlockPolicy block) {
        ObjectNode body = Json.object();
        body.put("total", log.total());
        ObjectNode byStatus = body.putObject("byStatus");
        log.countsByStatus().forEach((status, count) -> byStatus.put(String.valueOf(status), count));
        Duration window = Duration.ofNanos(limiter.windowNanos());
        body.put("windowMillis", window.toMillis());
        body.put("maxRequestsInAnyWindow", log.maxInAnyWindow(window));
        body.put("requestsPerWindow", limiter.limit());
        body.put("count429", log.count(429));
        body.put("count403", log.count(403));
        block.blockedUntil().ifPresentOrElse(until -> body.put("blockedUntil", until.toString()),
                () -> body.putNull("blockedUntil"));
        return body;
    }

    private static ArrayNode requests(RequestLog log, ApiRequest request) {
        List<RecordedRequest> all = log.requests();
        int limit = request.query().first("limit").map(AdminRoutes::positive).orElse(all.size());
        ArrayNode out = Json.array();
        for (RecordedRequest r : all.subList(Math.max(0, all.size() - limit), all.size())) {
            ObjectNode item = out.addObject();
            item.put("time", r.time().toString());
            item.put("method", r.method());
            item.put("path", r.path());
            if (r.query() == null) {
                item.putNull("query");
            } else {
                item.put("query", r.query());
            }
            item.put("status", r.status());
            ObjectNode headers = item.putObject("headers");
            r.headers().forEach(headers::put);
            item.put("body", r.body());
        }
        return out;
    }

    private static int positive(String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiProblem(Problems.of(400, "limit must be a positive integer"));
    }
}
