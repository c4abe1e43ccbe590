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
package io.github.camelkommo;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * A child JVM for {@link UpsertCrashTest}: upserts {@link #batch(int)} by phone into a sandbox, journaled in a file,
 * until the test kills it. Arguments: the sandbox's base URL, its token, the journal file, the batch's size.
 */
public final class UpsertBatchMain {

    /** The endpoint both runs of the batch use: chunks of 10, so a kill lands between chunks or inside one. */
    static final String ENDPOINT = "kommo:contacts?operation=upsert&matchBy=PHONE&batchSize=10"
                                   + "&idempotencyRepository=#journal";

    private UpsertBatchMain() {
    }

    /** The same contacts on every run: contact i has the phone +1 555 2iiii. */
    static List<Map<String, Object>> batch(int size) {
        List<Map<String, Object>> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String phone = String.format("+1 555 2%04d", i);
            batch.add(Map.of("name", "Customer " + i, "custom_fields_values", List.of(Map.of("field_code", "PHONE",
                    "values", List.of(Map.of("value", phone, "enum_code", "WORK"))))));
        }
        return batch;
    }

    /** A Camel context whose kommo component talks to the sandbox, with the journal bound as {@code journal}. */
    static CamelContext context(String baseUrl, String token, String journalFile) {
        CamelContext context = new DefaultCamelContext();
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(baseUrl);
        kommo.getConfiguration().setAccessToken(token);
        context.getRegistry().bind("kommo", kommo);
        context.getRegistry().bind("journal",
                FileIdempotentRepository.fileIdempotentRepository(new File(journalFile)));
        return context;
    }

    public static void main(String[] args) throws Exception {
        try (CamelContext context = context(args[0], args[1], args[2])) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody(ENDPOINT, batch(Integer.parseInt(args[3])));
            System.out.println("batch done");
        }
    }
}
