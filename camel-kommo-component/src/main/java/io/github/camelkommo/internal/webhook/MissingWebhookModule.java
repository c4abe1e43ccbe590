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

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.spi.ContextServicePlugin;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.StringHelper;

/**
 * Names the module to add when a route uses {@code webhook:kommo:...} and camel-webhook, an optional dependency of
 * the component (so that it follows the application's Camel), is not on the class path: Camel alone would say "No
 * component found with scheme: webhook". Camel loads it when a context is built; with camel-webhook present it does
 * nothing, and a component that resolves {@code webhook} otherwise (Camel JBang downloads it) is left to do so.
 */
public final class MissingWebhookModule implements ContextServicePlugin {

    /** Where Camel finds the webhook component (its FactoryFinder file in camel-webhook's jar). */
    static final String COMPONENT_FACTORY = "META-INF/services/org/apache/camel/component/webhook";
    static final String SCHEME = "webhook";

    @Override
    public void load(CamelContext context) {
        if (context.getClassResolver().loadResourceAsURL(COMPONENT_FACTORY) != null) {
            return;
        }
        ExtendedCamelContext extension = context.getCamelContextExtension();
        ComponentResolver resolver = PluginHelper.getComponentResolver(extension);
        extension.addContextPlugin(ComponentResolver.class, (name, camelContext) -> {
            Component found = resolver.resolveComponent(name, camelContext);
            return found == null && SCHEME.equals(name) ? new Absent() : found;
        });
    }

    /** Stands for the webhook component that is not there: every endpoint fails, naming the module. */
    static final class Absent extends DefaultComponent {

        @Override
        protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
            // the delegate's URI without its query, which may hold a secret
            String delegate = StringHelper.before(remaining, "?", remaining);
            throw new IllegalStateException(SCHEME + ":" + delegate + " needs Camel's webhook meta-component: add "
                                            + "org.apache.camel:camel-webhook (at your Camel version, as the Camel "
                                            + "BOM manages it) to the application; the kommo component declares it "
                                            + "optional, so that it follows the application's Camel");
        }
    }
}
