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
package io.github.camelkommo.internal.state;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.endpoint.EndpointContext;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.StateRepository;

/**
 * Where an endpoint keeps its state: its repository ({@code stateRepository}, {@code stateFile} or memory) and the key
 * of its watermark, {@code <account>/<entity>} with the endpoint's filters after a {@code ?} ({@code =} written as
 * {@code %3D}, since a {@code FileStateRepository} cannot hold it in a key). The polling consumer,
 * the webhook handler and the ledger of delivered changes all find it here, so that endpoints watching the same
 * changes (a webhook route and the reconcile route of another replica, say) share one watermark and one ledger.
 */
public final class EndpointState {

    private EndpointState() {
    }

    /** The endpoint's repository, started with the context and stopped when it stops (not when a route stops). */
    public static StateRepository<String, String> repository(EndpointContext endpoint) throws Exception {
        StateRepository<String, String> state = endpoint.state().get();
        CamelContext context = endpoint.camelContext();
        synchronized (context) {
            if (!context.hasService(state)) {
                // a route restart must not clear an in-memory watermark
                context.addService(state, true, true);
            }
        }
        return state;
    }

    /** The key of the watermark of an endpoint of this entity and these options, for the account of that name. */
    public static String key(KommoEntity entity, KommoConfiguration config, String account) {
        String filters = filterQuery(config).stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        String key = account + "/" + entity + (filters.isEmpty() ? "" : "?" + filters);
        return key.replace("%", "%25").replace("=", "%3D"); // a state file holds key=value lines
    }

    /** An endpoint's {@code with}, {@code query} and filters as query parameters: what selects the changes it sees. */
    public static List<Map.Entry<String, String>> filterQuery(KommoConfiguration config) {
        return new KommoQuery().with(config.getWith()).search(config.getQuery()).filters(config.getFilter()).entries();
    }
}
