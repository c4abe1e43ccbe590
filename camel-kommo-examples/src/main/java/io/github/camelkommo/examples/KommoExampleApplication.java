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

import java.io.PrintStream;
import java.util.Map;

import io.github.camelkommo.internal.client.KommoAccount;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.main.Main;

/**
 * The example tour: a camel-main application whose Java and YAML routes look up the account and its pipelines,
 * create a lead with its contact and company, add a follow-up task due tomorrow, move the lead to the next stage,
 * list what changed and print a summary. With {@code KOMMO_SUBDOMAIN} and {@code KOMMO_API_KEY} set it talks to that
 * account; otherwise it starts the sandbox in-process. Like any camel-main application it reads
 * {@code camel.main.*} and {@code camel.component.kommo.*} from system properties, the environment and
 * {@code application.properties}.
 */
public final class KommoExampleApplication {

    private KommoExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        if (isSet(KommoAccount.ENV_SUBDOMAIN) && isSet(KommoAccount.ENV_TOKEN)) {
            System.out.println("Running against the Kommo account " + System.getenv(KommoAccount.ENV_SUBDOMAIN)
                               + " (it creates a lead, a contact, a company and a task there)");
            run(Map.of(), System.out, args);
            return;
        }
        try (KommoSandbox sandbox = KommoSandbox.start()) {
            System.out.println("No KOMMO_SUBDOMAIN/KOMMO_API_KEY set: running against the embedded Kommo sandbox at "
                               + sandbox.baseUrl());
            run(sandboxProperties(sandbox), System.out, args);
        }
    }

    /** The component properties that point the application at a sandbox. */
    public static Map<String, String> sandboxProperties(KommoSandbox sandbox) {
        return Map.of("camel.component.kommo.base-url", sandbox.baseUrl(),
                "camel.component.kommo.access-token", sandbox.token());
    }

    /** Runs the tour until it is done, with these properties before all others, printing the summary to {@code out}. */
    public static void run(Map<String, String> properties, PrintStream out, String... args) throws Exception {
        Main main = new Main();
        main.bind("tour", new TourSteps(out));
        main.configure().addRoutesBuilder(new KommoTourRoute());
        properties.forEach(main::addInitialProperty);
        main.run(args);
    }

    private static boolean isSet(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }
}
