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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.internal.budget.BudgetStats;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One replica of {@link ReplicaBenchmark}, a JVM process of its own: the three-routes scenario (bulk leads, bulk
 * contacts, task lists until both are done) through a kommo component whose budget lives in Redis.
 * Arguments: base URL, token, Redis URI, leads (and as many contacts) to create.
 */
public final class ReplicaWorker {

    private ReplicaWorker() {
    }

    public static void main(String[] args) throws Exception {
        int entities = Integer.parseInt(args[3]);
        try (CamelContext context = new DefaultCamelContext()) {
            KommoComponent kommo = new KommoComponent();
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(args[0]);
            kommo.getConfiguration().setAccessToken(args[1]);
            kommo.setBudgetRedisUri(args[2]);
            kommo.setBudgetReplicas(3);
            context.addComponent("kommo", kommo);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            CompletableFuture<?> leads = CompletableFuture.runAsync(
                    () -> template.requestBody("kommo:leads?operation=create&batchSize=250", batch(entities, "lead")));
            CompletableFuture<?> contacts = CompletableFuture.runAsync(
                    () -> template.requestBody("kommo:contacts?operation=create&batchSize=250",
                            batch(entities, "contact")));
            CompletableFuture<?> tasks = CompletableFuture.runAsync(() -> {
                while (!leads.isDone() || !contacts.isDone()) {
                    template.requestBody("kommo:tasks?operation=list", (Object) null);
                }
            });
            CompletableFuture.allOf(leads, contacts, tasks).join();
            BudgetStats stats = kommo.accounts().clients().get(0).budget().stats();
            System.out.printf("replica %d: %d requests, %d x 429%n", ProcessHandle.current().pid(),
                    stats.getRequests(), stats.getRateLimited());
        }
    }

    private static List<Map<String, Object>> batch(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i)).toList();
    }
}
