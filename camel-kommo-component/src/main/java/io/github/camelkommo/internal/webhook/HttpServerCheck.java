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
package io.github.camelkommo.internal.webhook;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.component.webhook.WebhookUtils;

/**
 * Checks, when a {@code webhook:kommo:...} endpoint is made, that there is an HTTP server to serve its hook on, and
 * otherwise fails naming the module to add, instead of the webhook meta-component's bare "No bean could be found" or
 * platform-http's missing engine at the first start.
 */
public final class HttpServerCheck {

    /** What an application adds for an HTTP server, per runtime. */
    static final String MODULES = "add org.apache.camel:camel-platform-http-main (camel-main, with "
                                  + "camel.server.enabled=true) or camel-platform-http-vertx, "
                                  + "org.apache.camel.springboot:camel-platform-http-starter in Spring Boot, "
                                  + "org.apache.camel.quarkus:camel-quarkus-platform-http in Quarkus";
    /** Where platform-http finds its engine when no bean is bound (Camel's FactoryFinder). */
    static final String ENGINE_FACTORY = "META-INF/services/org/apache/camel/platform-http-engine";
    private static final String ENGINE_NAME = "platform-http-engine";
    private static final String PLATFORM_HTTP = "platform-http";

    private HttpServerCheck() {
    }

    /**
     * @param  webhookUri            the endpoint as the message names it, such as {@code webhook:kommo:leads} (not
     *                               the URI itself, which may carry the hook's secret)
     * @throws IllegalStateException naming the module to add, when no HTTP server can serve the hook
     */
    public static void check(CamelContext context, WebhookConfiguration configuration, String webhookUri) {
        String name = configuration.getWebhookComponentName();
        // before the look-up below starts platform-http, which would fail on its own without naming a module
        if (PLATFORM_HTTP.equals(name) && !hasEngine(context)) {
            throw new IllegalStateException(webhookUri + " serves its hook on platform-http, but no platform-http "
                                            + "engine (the HTTP server) is on the class path: " + MODULES);
        }
        try {
            WebhookUtils.locateRestConsumerFactory(context, configuration);
        } catch (RuntimeException e) {
            String missing = name == null
                                          ? "no HTTP server component was found (webhookComponentName is not set)"
                                          : "no component " + name + " is on the class path";
            throw new IllegalStateException(webhookUri + " has no HTTP server to serve its hook on: " + missing
                                            + ". To serve it on the runtime's platform-http, " + MODULES
                                            + ", and set webhookComponentName=platform-http",
                    e);
        }
    }

    /**
     * platform-http's own look-up, in its order: the engine given to the component, a bean, the FactoryFinder's file
     * (each engine's jar has one).
     */
    private static boolean hasEngine(CamelContext context) {
        Component component = context.hasComponent(PLATFORM_HTTP);
        if (component != null) {
            try {
                if (component.getClass().getMethod("getEngine").invoke(component) != null) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true; // a platform-http we do not know: let it decide
            }
        }
        return context.getRegistry().lookupByName(ENGINE_NAME) != null
               || context.getClassResolver().loadResourceAsURL(ENGINE_FACTORY) != null;
    }
}
