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
package io.github.camelkommo.examples;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.internal.consumer.LeaderFailoverScenario;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out recipe of the user guide: two replicas run the same {@code master:} route over {@code kommo:leads};
 * only the leader polls, and when it stops the other takes over from the watermark the leader left in a shared
 * {@link FileStateRepository}, so no change is delivered twice or lost.
 */
class ClusteredConsumerTest extends LeaderFailoverScenario {

    @TempDir
    Path shared;

    @Override
    protected CamelContext replica(String name, KommoSandbox sandbox, List<String> received) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("locks").toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox.token());
        context.addComponent("kommo", kommo);
        context.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(new File(shared.toFile(), "watermarks.dat")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:kommo-leads:kommo:leads?delay=100&stateRepository=#watermarks&modifiedSince="
                     + sandbox.clock().nowSeconds())
                        .process(e -> received.add(name + ":" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });
        context.start();
        return context;
    }
}
