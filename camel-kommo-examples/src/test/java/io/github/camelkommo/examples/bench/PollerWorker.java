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
package io.github.camelkommo.examples.bench;

import java.util.concurrent.CountDownLatch;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.redis.RedisStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeepermaster.MasterComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/**
 * One poller replica of {@link FailoverBenchmark}, a JVM process of its own: a {@code zookeeper-master:} route over
 * {@code kommo:leads} with its watermark in Redis, printing {@code delivered <id>} for each change it delivers.
 * Arguments: name, base URL, token, ZooKeeper connect string, Redis URI, the epoch second to poll from.
 */
public final class PollerWorker {

    /** ZooKeeper ends a crashed leader's session, and so its leadership, after this. */
    static final int SESSION_TIMEOUT_MILLIS = 3_000;

    private PollerWorker() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        CuratorFramework curator = CuratorFrameworkFactory.builder().connectString(args[3])
                .sessionTimeoutMs(SESSION_TIMEOUT_MILLIS).connectionTimeoutMs(SESSION_TIMEOUT_MILLIS)
                .retryPolicy(new ExponentialBackoffRetry(200, 5)).build();
        curator.start();
        CamelContext context = new DefaultCamelContext();
        MasterComponent master = new MasterComponent();
        master.setCurator(curator);
        master.setZkRoot("/camel-kommo/failover");
        master.setContainerIdFactory(() -> name);
        context.addComponent("zookeeper-master", master);
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(args[1]);
        kommo.getConfiguration().setAccessToken(args[2]);
        kommo.setBudgetRedisUri(args[4]);
        context.addComponent("kommo", kommo);
        context.getRegistry().bind("watermarks", new RedisStateRepository(args[4], "failover-bench"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("zookeeper-master:kommo-leads:kommo:leads?delay=200&stateRepository=#watermarks&modifiedSince="
                     + args[5])
                        .process(e -> {
                            System.out.println("delivered " + e.getMessage().getHeader(KommoConstants.ENTITY_ID));
                            System.out.flush();
                        });
            }
        });
        context.start();
        new CountDownLatch(1).await(); // until the process is killed
    }
}
