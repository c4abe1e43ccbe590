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
package io.github.camelkommo.consumer;

import java.util.List;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.budget.RedisServer;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.state.RedisStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeepermaster.MasterComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One poller across machines: the replicas run a {@code zookeeper-master:} route (camel-zookeeper-master) over
 * {@code kommo:leads}, electing their leader in a real ZooKeeper (in-process: Curator's {@link TestingServer}), their
 * watermark in Redis ({@link RedisStateRepository}) and their request budget too.
 */
class ZooKeeperClusteredConsumerTest extends LeaderFailoverScenario {

    private TestingServer zookeeper;
    private RedisServer redis;

    @BeforeEach
    void startZooKeeperAndRedis() throws Exception {
        zookeeper = new TestingServer(true);
        redis = new RedisServer(null);
    }

    @AfterEach
    void stopZooKeeperAndRedis() throws Exception {
        redis.close();
        zookeeper.close();
    }

    @Override
    protected CamelContext replica(String name, KommoSandbox sandbox, List<String> received) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        MasterComponent master = new MasterComponent();
        master.setZooKeeperUrl(zookeeper.getConnectString());
        master.setZkRoot("/camel-kommo/cluster");
        master.setContainerIdFactory(() -> name);
        context.addComponent("zookeeper-master", master);
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox.token());
        kommo.setBudgetRedisUri(redis.uri());
        context.addComponent("kommo", kommo);
        context.getRegistry().bind("watermarks", new RedisStateRepository(redis.uri(), "clustered-test"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("zookeeper-master:kommo-leads:kommo:leads?delay=100&stateRepository=#watermarks&modifiedSince="
                     + sandbox.clock().nowSeconds())
                        .process(e -> received.add(name + ":" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });
        context.start();
        return context;
    }
}
