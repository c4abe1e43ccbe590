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
package io.github.camelkommo.internal.consumer;

import java.util.List;

import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.redis.RedisStateRepository;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One poller across machines: the replicas run a {@code zookeeper-master:} route (camel-zookeeper-master) over
 * {@code kommo:leads}, electing their leader in a real ZooKeeper (in-process: Curator's {@link TestingServer}), their
 * watermark in Redis ({@link RedisStateRepository}) and their request budget too ({@link ZooKeeperReplicas}).
 */
class ZooKeeperClusteredConsumerTest extends LeaderFailoverScenario {

    private ZooKeeperReplicas cluster;

    @BeforeEach
    void startZooKeeperAndRedis() throws Exception {
        cluster = new ZooKeeperReplicas();
    }

    @AfterEach
    void stopZooKeeperAndRedis() throws Exception {
        cluster.close();
    }

    @Override
    protected CamelContext replica(String name, KommoSandbox sandbox, List<String> received) throws Exception {
        return cluster.replica(name, sandbox, context -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("zookeeper-master:kommo-leads:kommo:leads?delay=100&stateRepository=#watermarks&modifiedSince="
                     + sandbox.clock().nowSeconds())
                        .process(e -> received.add(name + ":" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        }));
    }
}
