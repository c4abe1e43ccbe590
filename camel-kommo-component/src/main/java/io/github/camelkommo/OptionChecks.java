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

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of the component's and endpoints' options, made before anything is sent: each failure is an
 * {@link IllegalArgumentException} naming the option, the value and what is accepted.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** The entity of {@code kommo:<entity>}. */
    static KommoEntity entity(String remaining) {
        String name = remaining == null ? "" : remaining.trim();
        return Arrays.stream(KommoEntity.values()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Kommo entity '" + name + "' in kommo:" + name
                                                                + "; use one of " + Arrays.stream(KommoEntity.values())
                                                                        .map(Enum::name)
                                                                        .collect(Collectors.joining(", "))));
    }

    /** The operation option as the URI gives it, before Camel binds it to the enum. */
    static void operation(Map<String, Object> parameters) {
        if (parameters.get("operation") instanceof String name) {
            KommoOperation.named(name);
        }
    }

    /** An endpoint's options once bound. */
    static void endpoint(KommoEndpoint endpoint) {
        KommoConfiguration config = endpoint.getConfiguration();
        oneOf("customFieldsAs", config.getCustomFieldsAs(), "models", "names");
        endpoint.getEntity().checkOrder(config.getOrder());
        if (config.getEntityType() != null) {
            oneOf("entityType", config.getEntityType(), "leads", "contacts", "companies");
        }
    }

    /** The component's own options, when it starts. */
    static void component(KommoComponent kommo) {
        atLeast("requestsPerSecond", kommo.getRequestsPerSecond(), 1, "(Kommo allows 7)");
        atLeast("permitTimeout", kommo.getPermitTimeout(), 0, "milliseconds");
        atLeast("maxRetries", kommo.getMaxRetries(), 0, "(0 turns retries off)");
        atLeast("retryBackoff", kommo.getRetryBackoff(), 1, "milliseconds");
        atLeast("maxRetryBackoff", kommo.getMaxRetryBackoff(), kommo.getRetryBackoff(),
                "milliseconds, and not less than retryBackoff");
        atLeast("maxRetryAfter", kommo.getMaxRetryAfter(), 0, "milliseconds");
        atLeast("forbiddenCooldown", kommo.getForbiddenCooldown(), 1, "milliseconds");
        atLeast("customFieldsCacheTtl", kommo.getCustomFieldsCacheTtl(), 0, "milliseconds");
        atLeast("connectTimeout", kommo.getConnectTimeout(), 1, "milliseconds");
        atLeast("responseTimeout", kommo.getResponseTimeout(), 1, "milliseconds");
        atLeast("maxConnections", kommo.getMaxConnections(), 1, "");
        atLeast("budgetReplicas", kommo.getBudgetReplicas(), 0, "(0 pauses while the shared budget cannot be reached)");
        if (kommo.getBudgetRedisPassword() != null
            && (kommo.getBudgetRedisUri() == null || kommo.getBudgetRedisUri().isBlank())) {
            throw new IllegalArgumentException("The kommo component option budgetRedisPassword is set, but "
                                               + "budgetRedisUri is not: set it to redis://host:port[/database], the "
                                               + "Redis the password is for");
        }
    }

    private static void oneOf(String option, String value, String... valid) {
        if (!Arrays.asList(valid).contains(value)) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "'; use one of "
                                               + String.join(", ", valid));
        }
    }

    private static void atLeast(String option, long value, long min, String unit) {
        if (value < min) {
            throw new IllegalArgumentException("The kommo component option " + option + " must be at least " + min
                                               + (unit.isEmpty() ? "" : " " + unit) + ", was " + value);
        }
    }
}
