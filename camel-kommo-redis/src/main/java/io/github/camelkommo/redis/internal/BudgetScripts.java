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
package io.github.camelkommo.redis.internal;

/**
 * The Lua scripts of the {@code RedisBudgetStore}: each runs as one step in Redis, timed by Redis's clock, so that
 * every replica's places and pauses are measured by one clock.
 * <p>
 * Internal: not part of the API.
 */
public final class BudgetScripts {

    /** KEYS[1] the pause or block key, ARGV[1] milliseconds: extends its time to live, never shortens it. */
    public static final String EXTEND = "if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then "
                                        + "redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end return 1";
    /** Redis's clock in milliseconds, as {@code now}. */
    private static final String NOW = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000) ";
    /**
     * KEYS[1] the window (a sorted set of places scored by when they free), ARGV[1] the place, ARGV[2] the window's
     * size, ARGV[3] the in-flight bound in milliseconds: frees the places whose time has come, then takes one and
     * answers 0, or answers how many milliseconds until the first held place frees (1 to 1000).
     */
    public static final String ENTER = NOW
                                       + "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) "
                                       + "if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then "
                                       + "redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1]) "
                                       + "redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3])) return 0 end "
                                       + "local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES') "
                                       + "return math.max(1, math.min(tonumber(first[2]) - now, 1000))";
    /** KEYS[1] the window, ARGV[1] the place, ARGV[2] the hold in milliseconds: the place frees a hold from now. */
    public static final String LEAVE = NOW
                                       + "if redis.call('ZSCORE', KEYS[1], ARGV[1]) then "
                                       + "redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1]) end "
                                       + "return 1";
    /** KEYS[1] the pause key, KEYS[2] the block key: their times to live in milliseconds (negative when none). */
    public static final String READ = "return {redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2])}";

    private BudgetScripts() {
    }
}
