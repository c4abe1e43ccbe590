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

import org.apache.camel.builder.RouteBuilder;

/**
 * The tour's main route in the Java DSL. The follow-up task and the stage move are YAML routes
 * ({@code routes/kommo-tour.camel.yaml}); the {@code tour} bean ({@link TourSteps}) builds the bodies.
 */
public class KommoTourRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:tour?repeatCount=1").routeId("kommo-tour")
                .setProperty("startedAt", method("tour", "now"))
                .to("kommo:account?operation=get")
                .setProperty("account", body())
                .to("kommo:pipelines?operation=list")
                .setProperty("pipelines", body())
                .bean("tour", "newLead")
                .to("kommo:leads?operation=createComplex")
                .setProperty("created", body())
                .to("direct:add-follow-up-task")
                .to("direct:move-to-next-stage")
                .bean("tour", "changedSince")
                .to("kommo:leads?operation=list&allPages=true")
                .bean("tour", "summary");
    }
}
