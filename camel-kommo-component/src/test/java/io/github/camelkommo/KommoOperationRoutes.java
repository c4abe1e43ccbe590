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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

/**
 * Every seed operation as a Java DSL route {@code direct:java-<name>}; {@code routes/kommo-operations.camel.yaml}
 * declares the same routes in the YAML DSL as {@code direct:yaml-<name>}.
 */
final class KommoOperationRoutes extends RouteBuilder {

    /** Route name to the kommo URI it sends to. */
    static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("account-get", "kommo:account?operation=get&with=task_types");
        OPERATIONS.put("users-list", "kommo:users?operation=list");
        OPERATIONS.put("pipelines-list", "kommo:pipelines?operation=list");
        OPERATIONS.put("pipelines-get", "kommo:pipelines?operation=get");
        OPERATIONS.put("statuses-list", "kommo:statuses?operation=list");
        OPERATIONS.put("leads-create", "kommo:leads?operation=create");
        OPERATIONS.put("leads-get", "kommo:leads?operation=get");
        OPERATIONS.put("leads-list", "kommo:leads?operation=list");
        OPERATIONS.put("leads-update", "kommo:leads?operation=update");
        OPERATIONS.put("leads-complex", "kommo:leads?operation=createComplex");
        OPERATIONS.put("contacts-create", "kommo:contacts?operation=create");
        OPERATIONS.put("contacts-list", "kommo:contacts?operation=list");
        OPERATIONS.put("companies-create", "kommo:companies?operation=create");
        OPERATIONS.put("companies-update", "kommo:companies?operation=update");
        OPERATIONS.put("tasks-create", "kommo:tasks?operation=create");
        OPERATIONS.put("tasks-list", "kommo:tasks?operation=list");
        OPERATIONS.put("tasks-update", "kommo:tasks?operation=update");
    }

    @Override
    public void configure() {
        OPERATIONS.forEach((name, uri) -> from("direct:java-" + name).routeId("java-" + name).to(uri));
    }
}
