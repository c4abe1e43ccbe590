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

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

import io.github.camelkommo.state.AtomicStateRepository;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in a Redis hash, for the watermarks of consumers that run on one replica at a time
 * (a {@code master:} route): each write is in Redis before the next exchange is polled, so the replica that leads
 * next continues where the last one stopped. Hash {@code camel-kommo:state:<name>}; the URI's password is never shown.
 * Replicas that all write one key (the ledger of delivered changes of webhook mode) change it with
 * {@link #update}: an optimistic Redis transaction ({@code WATCH}, {@code MULTI}, {@code EXEC}) on a connection of its
 * own, repeated when another write came in between.
 */
public final class RedisStateRepository extends ServiceSupport implements AtomicStateRepository {

    /** How long a read or a write may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String redisUri;
    private final String hash;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    /** Transactions only: Redis ties WATCH and MULTI to a connection, so they must not share the other one. */
    private StatefulRedisConnection<String, String> transactions;

    /**
     * @param redisUri e.g. {@code redis://:password@redis:6379/0}
     * @param name     which watermarks these are, e.g. the application's name
     */
    public RedisStateRepository(String redisUri, String name) {
        this.redisUri = redisUri;
        this.hash = "camel-kommo:state:" + name;
    }

    @Override
    protected void doStart() {
        RedisURI uri = RedisURI.create(redisUri);
        uri.setTimeout(TIMEOUT);
        client = RedisClient.create(uri);
        connection = client.connect();
        transactions = client.connect();
    }

    @Override
    protected void doStop() {
        if (transactions != null) {
            transactions.close();
            transactions = null;
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, TIMEOUT);
            client = null;
        }
    }

    @Override
    public void setState(String key, String value) {
        connection.sync().hset(hash, key, value);
    }

    @Override
    public String getState(String key) {
        return connection.sync().hget(hash, key);
    }

    @Override
    public String update(String key, UnaryOperator<String> change) {
        synchronized (this) { // one transaction at a time on the connection
            RedisCommands<String, String> redis = transactions.sync();
            while (true) {
                redis.watch(hash);
                String before = redis.hget(hash, key);
                String after = change.apply(before);
                if (Objects.equals(before, after)) {
                    redis.unwatch();
                    return before;
                }
                redis.multi();
                redis.hset(hash, key, after);
                if (!redis.exec().wasDiscarded()) {
                    return after;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "RedisStateRepository[" + hash + "]"; // never the URI: it may hold a password
    }
}
