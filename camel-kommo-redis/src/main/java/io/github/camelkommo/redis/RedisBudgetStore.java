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
package io.github.camelkommo.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.camelkommo.budget.BudgetStore;
import io.github.camelkommo.redis.internal.BudgetScripts;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * A {@link BudgetStore} in Redis, through Lettuce (the store the kommo component makes from {@code budgetRedisUri}):
 * the buckets are Bucket4j's Lettuce proxy manager (compare-and-swap), the pause and the block are keys whose time to
 * live is the time left, so the replicas' clocks need not agree. Keys are {@code camel-kommo:budget:<key>} and
 * {@code camel-kommo:budget:<key>:window|:pause|:block}; the window is a sorted set of places scored by when they
 * free, on Redis's clock (the scripts are {@code BudgetScripts}).
 * <p>
 * Commands fail at once while Redis is disconnected (Lettuce reconnects in the background) and time out after
 * {@link #COMMAND_TIMEOUT}, so a budget notices an unreachable Redis within a request. The password of the URI is
 * never logged or shown: Lettuce's own address strings leave it out, and this class names Redis only by its host.
 */
public final class RedisBudgetStore implements BudgetStore, AutoCloseable {

    /** How long a command may take before the store counts as unreachable. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private static final String PREFIX = "camel-kommo:budget:";

    private final RedisClient client;
    private final boolean ownsClient;
    private StatefulRedisConnection<byte[], byte[]> connection;
    private ProxyManager<byte[]> buckets;

    /** A store on its own Lettuce client, e.g. {@code redis://:password@redis.example:6379/0}; closed with the store. */
    public static RedisBudgetStore connect(String redisUri) {
        return connect(RedisURI.create(redisUri));
    }

    /** A store on its own Lettuce client for {@code uri} (its timeout set to {@link #COMMAND_TIMEOUT}). */
    public static RedisBudgetStore connect(RedisURI uri) {
        uri.setTimeout(COMMAND_TIMEOUT);
        return new RedisBudgetStore(RedisClient.create(uri), true);
    }

    /** A store on the caller's Lettuce client, which the caller closes. */
    public RedisBudgetStore(RedisClient client) {
        this(client, false);
    }

    private RedisBudgetStore(RedisClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    /** The connection, made on first use (and again after a failed first attempt). */
    private synchronized StatefulRedisConnection<byte[], byte[]> connection() {
        if (connection == null) {
            connection = client.connect(ByteArrayCodec.INSTANCE);
            connection.setTimeout(COMMAND_TIMEOUT);
            buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofSeconds(10)))
                    .build();
        }
        return connection;
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        connection();
        return buckets.builder().build(bytes(PREFIX + key), () -> configuration);
    }

    @Override
    public Duration enterWindow(String key, String place, int size, Duration inFlightBound) {
        Long wait = connection().sync().eval(BudgetScripts.ENTER, ScriptOutputType.INTEGER,
                new byte[][]{bytes(PREFIX + key + ":window")}, bytes(place), bytes(Integer.toString(size)),
                bytes(Long.toString(inFlightBound.toMillis())));
        return Duration.ofMillis(wait);
    }

    @Override
    public void leaveWindow(String key, String place, Duration hold) {
        connection().sync().eval(BudgetScripts.LEAVE, ScriptOutputType.INTEGER,
                new byte[][]{bytes(PREFIX + key + ":window")},
                bytes(place), bytes(Long.toString(hold.toMillis())));
    }

    @Override
    public SharedState state(String key) {
        List<Long> ttls = connection().sync().eval(BudgetScripts.READ, ScriptOutputType.MULTI,
                new byte[][]{bytes(PREFIX + key + ":pause"), bytes(PREFIX + key + ":block")});
        return new SharedState(left(ttls.get(0)), left(ttls.get(1)));
    }

    @Override
    public void pause(String key, Duration time) {
        extend(PREFIX + key + ":pause", time);
    }

    @Override
    public void block(String key, Duration time) {
        extend(PREFIX + key + ":block", time);
    }

    private void extend(String key, Duration time) {
        if (time.toMillis() > 0) {
            connection().sync().eval(BudgetScripts.EXTEND, ScriptOutputType.INTEGER, new byte[][]{bytes(key)},
                    bytes(Long.toString(time.toMillis())));
        }
    }

    private static Duration left(Long ttlMillis) {
        return ttlMillis == null || ttlMillis <= 0 ? Duration.ZERO : Duration.ofMillis(ttlMillis);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (ownsClient) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Override
    public String toString() {
        return "RedisBudgetStore"; // never the URI: it may hold a password
    }
}
