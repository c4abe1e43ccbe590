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

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Imports 20,000 leads into the embedded sandbox (never into a real account) in one bulk create, and shows the
 * progress the component logs on its own while a long write runs: items done, the rate, the time left, once every
 * ten seconds. Run with {@code mvn -q -pl camel-kommo-examples exec:java
 * -Dexec.mainClass=io.github.camelkommo.examples.KommoBulkImportExample}.
 */
public final class KommoBulkImportExample {

    private KommoBulkImportExample() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (KommoSandbox sandbox = KommoSandbox.builder().seed(false).start()) {
            CamelContext context = new DefaultCamelContext();
            KommoComponent kommo = new KommoComponent();
            kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            kommo.getConfiguration().setAccessToken(sandbox.token());
            context.addComponent("kommo", kommo);
            context.start();
            List<Map<String, Object>> leads = IntStream.range(0, count)
                    .mapToObj(i -> Map.<String, Object>of("name", "Imported lead " + i, "price", 100 + i % 900))
                    .toList();
            System.out.println("Importing " + count + " leads into the sandbox at " + sandbox.baseUrl()
                               + " in batches of 250, at Kommo's 7 requests per second");
            long start = System.nanoTime();
            List<?> created = context.createProducerTemplate()
                    .requestBody("kommo:leads?operation=create&batchSize=250", leads, List.class);
            System.out.printf("Imported %d leads in %.1f s; the sandbox holds %d%n", created.size(),
                    (System.nanoTime() - start) / 1e9, sandbox.data().count("leads"));
            context.stop();
        }
    }
}
