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
package io.github.camelkommo.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @Test
    void concurrentWritersAndReadersSeeConsistentData() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().requestsPerSecond(0).start()) {
            int before = sandbox.data().count("leads");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Long>>> writers = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        Http http = new Http(sandbox);
                        List<Long> ids = new ArrayList<>();
                        for (int batch = 0; batch < 20; batch++) {
                            StringJoiner items = new StringJoiner(",", "[", "]");
                            for (int i = 0; i < 10; i++) {
                                items.add("{\"name\":\"w" + writer + "-" + batch + "-" + i + "\"}");
                            }
                            Http.Response response = http.post("/api/v4/leads", items.toString());
                            assertThat(response.status()).isEqualTo(200);
                            response.json().at("/_embedded/leads").forEach(l -> ids.add(l.get("id").asLong()));
                            JsonNode page = http.get("/api/v4/leads?limit=250&order%5Bid%5D=desc").json();
                            assertThat(page.at("/_embedded/leads").size()).isPositive();
                        }
                        return ids;
                    }));
                }
                Set<Long> all = new HashSet<>();
                for (Future<List<Long>> writer : writers) {
                    all.addAll(writer.get());
                }
                assertThat(all).hasSize(1_600);
                assertThat(sandbox.data().count("leads")).isEqualTo(before + 1_600);
                assertThat(sandbox.stats().count(200)).isEqualTo(320);
                assertThat(sandbox.stats().total()).isEqualTo(320);
                assertThat(sandbox.stats().requests()).hasSize(320);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
