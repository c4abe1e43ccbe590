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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Upserts 10,000 contacts by phone into an account that already has half of them (written another way: stored as
 * {@code +1 (555) 300-0000}, sent as {@code 15553000000}), against the sandbox enforcing Kommo's 7 requests per
 * second, at {@code batchSize} 250 and 50; prints requests per item, throughput against the 1,750 entities/s ceiling
 * and duplicates as a Markdown table for {@code docs/benchmarks.md}. Run with {@code mvn -q -pl camel-kommo-examples
 * -am test-compile exec:java -Dexec.mainClass=io.github.camelkommo.examples.bench.UpsertBenchmark};
 * {@code -Dbenchmark.short=true} upserts 400 contacts, for CI (its figures then mean nothing).
 */
public final class UpsertBenchmark {

    private static final int RPS = 7;
    private static final double CEILING = RPS * 250;

    private UpsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = !Boolean.getBoolean("benchmark.short");
        int n = full ? 10_000 : 400;
        if (full) {
            run(n / 4, 250); // warm-up: compiles the lookup and write paths before anything is measured
        }
        List<String> rows = new ArrayList<>();
        rows.add(run(n, 250));
        rows.add(run(n, 50));
        System.out.println("| batchSize | items (existing) | requests: lookups + writes + other | requests per item "
                           + "| time | items/s, % of 1,750/s | created / updated | contacts per phone | 429 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String phone(int i) {
        return String.format(Locale.ROOT, "%07d", i);
    }

    private static String run(int n, int batchSize) throws Exception {
        int existing = n / 2;
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            for (int i = 0; i < existing; i++) { // every other contact is in Kommo already, its phone formatted
                String digits = phone(2 * i);
                ObjectNode contact = JsonNodeFactory.instance.objectNode().put("name", "Existing " + 2 * i);
                contact.putArray("custom_fields_values").addObject().put("field_code", "PHONE").putArray("values")
                        .addObject().put("value", "+1 (555) " + digits.substring(0, 3) + "-" + digits.substring(3))
                        .put("enum_code", "WORK");
                sandbox.data().create("contacts", contact);
            }
            List<Map<String, Object>> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                batch.add(Map.of("name", "Customer " + i, "custom_fields_values", List.of(Map.of("field_code",
                        "PHONE", "values", List.of(Map.of("value", "1555" + phone(i), "enum_code", "WORK"))))));
            }
            sandbox.stats().clear();
            try (CamelContext context = new DefaultCamelContext()) {
                KommoComponent kommo = new KommoComponent();
                kommo.setUseEnvironmentVariables(false);
                kommo.setRequestsPerSecond(RPS);
                kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
                kommo.getConfiguration().setAccessToken(sandbox.token());
                context.addComponent("kommo", kommo);
                context.start();
                long start = System.nanoTime();
                Exchange done = context.createProducerTemplate().request(
                        "kommo:contacts?operation=upsert&matchBy=PHONE&batchSize=" + batchSize,
                        e -> e.getMessage().setBody(batch));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (done.getException() != null) {
                    throw done.getException();
                }
                List<?> actions = done.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS, List.class);
                long created = actions.stream().filter("created"::equals).count();
                int lookups = sandbox.stats().requests("GET", "/api/v4/contacts").stream()
                        .filter(r -> r.path().equals("/api/v4/contacts")).toList().size();
                int writes = sandbox.stats().requests("POST", "/api/v4/contacts").size()
                             + sandbox.stats().requests("PATCH", "/api/v4/contacts").size();
                int total = sandbox.stats().total();
                Map<String, Long> perPhone = sandbox.data().list("contacts").stream()
                        .map(c -> c.path("custom_fields_values").findValuesAsText("value").get(0)
                                .replaceAll("\\D", ""))
                        .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
                Set<Long> counts = Set.copyOf(perPhone.values());
                if (perPhone.size() != n || !counts.equals(Set.of(1L))) {
                    throw new IllegalStateException("duplicates: " + perPhone.size() + " phones, counts " + counts);
                }
                return String.format(Locale.ROOT,
                        "| %d | %,d (%,d) | %d: %d + %d + %d | **%.4f** | %.1f s | %,.0f, **%.1f%%** | %,d / %,d | %s, **0 duplicates** | %d |",
                        batchSize, n, existing, total, lookups, writes, total - lookups - writes, total / (double) n,
                        seconds, n / seconds, 100 * n / seconds / CEILING, created, n - created,
                        counts.equals(Set.of(1L)) ? "1" : counts.toString(), sandbox.stats().count(429));
            }
        }
    }
}
