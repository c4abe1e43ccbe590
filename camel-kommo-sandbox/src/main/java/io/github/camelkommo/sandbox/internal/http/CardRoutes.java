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

/**
 * The routes around leads, contacts and companies besides their own: notes under an entity
 * ({@code /<entity>/{id}/notes[/{id}]}), links, tags, custom field definitions and groups; the leads' loss reasons;
 * an event by its string id.
 */
final class CardRoutes {

    private CardRoutes() {
    }

    static void add(Router router, EntityStore store, ApiSwitches switches) {
        for (EntityType type : EntityType.values()) {
            if (!EntityStore.linkable(type)) {
                continue;
            }
            String path = "/api/v4/" + type.apiPath();
            type.notes().ifPresent(notes -> {
                UpdateHandler update = new UpdateHandler(store, notes);
                router.on("GET", path + "/{id}/notes", new ListHandler(store, notes, switches))
                        .on("POST", path + "/{id}/notes", new CreateHandler(store, notes))
                        .on("PATCH", path + "/{id}/notes", update::batch)
                        .on("GET", path + "/{id}/notes/{id}", new GetHandler(store, notes))
                        .on("PATCH", path + "/{id}/notes/{id}", update::single);
            });
            LinksHandler links = new LinksHandler(store, type);
            router.on("GET", path + "/{id}/links", links::ofOne)
                    .on("GET", path + "/links", links::ofMany)
                    .on("POST", path + "/{id}/link", links::linkOne)
                    .on("POST", path + "/{id}/unlink", links::unlinkOne)
                    .on("POST", path + "/link", links::linkMany)
                    .on("POST", path + "/unlink", links::unlinkMany);
            TagsHandler tags = new TagsHandler(store, type);
            router.on("GET", path + "/tags", tags::list).on("POST", path + "/tags", tags::add);
            CustomFieldsHandler fields = new CustomFieldsHandler(store, type);
            router.on("GET", path + "/custom_fields", fields::list)
                    .on("GET", path + "/custom_fields/groups", fields::groups)
                    .on("GET", path + "/custom_fields/groups/{name}", fields::group)
                    .on("GET", path + "/custom_fields/{id}", fields::get);
        }
        LossReasonsHandler lossReasons = new LossReasonsHandler(store);
        router.on("GET", "/api/v4/leads/loss_reasons", lossReasons::list)
                .on("POST", "/api/v4/leads/loss_reasons", lossReasons::add)
                .on("GET", "/api/v4/leads/loss_reasons/{id}", lossReasons::get)
                .on("GET", "/api/v4/events/{key}", new EventGetHandler(store));
    }
}
