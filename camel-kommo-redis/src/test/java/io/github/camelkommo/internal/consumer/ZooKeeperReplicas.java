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

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.redis.RedisServer;
import io.github.camelkommo.redis.RedisStateRepository;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.component.zookeepermaster.MasterComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;

/**
 * Replicas across machines, in one JVM: a real ZooKeeper (in-process: Curator's {@link TestingServer}) that elects
 * the leader of {@code zookeeper-master:} routes (camel-zookeeper-master), and a real Redis that holds the request
 * budget and, as the {@link RedisStateRepository} bound as {@code #watermarks}, the watermarks and the ledger of
 * delivered changes. Each replica is a {@link CamelContext} named after it.
 */
public final class ZooKeeperReplicas implements AutoCloseable {

    /** What a replica runs, added before its context starts. */
    @FunctionalInterface
    public interface Setup {
        void prepare(CamelContext context) throws Exception;
    }

    private final TestingServer zookeeper;
    private final RedisServer redis;

    public ZooKeeperReplicas() throws Exception {
        zookeeper = new TestingServer(true);
        redis = new RedisServer(null);
    }

    /** A started replica named {@code name}, talking to the sandbox, with what {@code setup} adds. */
    public CamelContext replica(String name, KommoSandbox sandbox, Setup setup) throws Exception {
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
        setup.prepare(context);
        context.start();
        return context;
    }

    @Override
    public void close() throws Exception {
        redis.close();
        zookeeper.close();
    }
}
