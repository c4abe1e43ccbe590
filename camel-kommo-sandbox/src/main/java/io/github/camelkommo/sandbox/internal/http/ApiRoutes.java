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
package io.github.camelkommo.sandbox.internal.http;

import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.EntityType;

/** The router of {@code /api/v4}: every endpoint the sandbox serves, built from the entity table. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    /** @param switches the runtime switches of lists (If-Modified-Since) */
    public static Router build(EntityStore store, ApiSwitches switches) {
        Router router = new Router();
        router.on("POST", "/api/v4/leads/complex", new ComplexLeadsHandler(store));
        PipelineHandler pipelines = new PipelineHandler(store);
        router.on("GET", "/api/v4/leads/pipelines", pipelines::list)
                .on("GET", "/api/v4/leads/pipelines/{id}", pipelines::get)
                .on("GET", "/api/v4/leads/pipelines/{id}/statuses", pipelines::statuses)
                .on("GET", "/api/v4/leads/pipelines/{id}/statuses/{id}", pipelines::status);
        router.on("GET", "/api/v4/account", new AccountHandler(store));
        CommerceRoutes.add(router, store);
        for (EntityType type : EntityType.values()) {
            if (type == EntityType.PIPELINES || type == EntityType.TRANSACTIONS
                || type == EntityType.CATALOG_ELEMENTS) {
                continue;
            }
            String path = "/api/v4/" + type.apiPath();
            router.on("GET", path, new ListHandler(store, type, switches));
            if (!type.stringIds()) {
                router.on("GET", path + "/{id}", new GetHandler(store, type));
            }
            if (type.genericWrites()) {
                UpdateHandler update = new UpdateHandler(store, type);
                router.on("POST", path, new CreateHandler(store, type))
                        .on("PATCH", path, update::batch)
                        .on("PATCH", path + "/{id}", update::single);
            }
        }
        CardRoutes.add(router, store, switches);
        return router;
    }
}
