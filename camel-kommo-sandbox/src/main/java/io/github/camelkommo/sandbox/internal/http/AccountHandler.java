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

import java.util.Arrays;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.EntityStore;
import io.github.camelkommo.sandbox.internal.store.Json;

/**
 * {@code GET /api/v4/account}: the account's fields; {@code with=} adds extras where the official library reads them:
 * {@code amojo_id}, {@code uuid}, {@code version}, {@code drive_url}, {@code is_api_filter_enabled},
 * {@code invoices_settings} and {@code entity_names} (where the amoCRM account example has it) as fields,
 * {@code amojo_rights}, {@code users_groups}, {@code task_types}, {@code datetime_settings} under
 * {@code _embedded}. Unknown {@code with} values are ignored.
 */
final class AccountHandler implements Router.RouteHandler {

    private static final Set<String> TOP_LEVEL = Set.of("amojo_id", "uuid", "version", "drive_url",
            "is_api_filter_enabled", "invoices_settings", "entity_names");
    private static final Set<String> EMBEDDED = Set.of("amojo_rights", "users_groups", "task_types",
            "datetime_settings");

    private final EntityStore store;

    AccountHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        String[] with = request.query().first("with").map(w -> w.split(",")).orElse(new String[0]);
        ObjectNode extras = store.accountExtras();
        ObjectNode body = store.account().deepCopy();
        Arrays.stream(with).map(String::trim).filter(TOP_LEVEL::contains).filter(extras::has)
                .forEach(name -> body.set(name, extras.get(name)));
        body.set("_links", Json.selfLink(request.baseUrl() + "/api/v4/account"));
        ObjectNode embedded = Json.object();
        Arrays.stream(with).map(String::trim).filter(EMBEDDED::contains).filter(extras::has)
                .forEach(name -> embedded.set(name, extras.get(name)));
        if (!embedded.isEmpty()) {
            body.set("_embedded", embedded);
        }
        return ApiResponse.hal(body);
    }
}
