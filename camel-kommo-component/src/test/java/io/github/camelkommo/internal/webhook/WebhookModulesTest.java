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

import java.io.InputStream;
import java.net.URL;
import java.util.Set;

import io.github.camelkommo.KommoTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.DefaultClassResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code webhook:kommo:...} route in an application that lacks a module it needs fails at start naming the module
 * to add, and sends nothing to Kommo. camel-webhook and camel-platform-http-vertx are on this test class path, so each
 * context here hides the file by which Camel would find the missing one (as a class path without its jar would).
 */
class WebhookModulesTest extends KommoTestSupport {

    private static final String ROUTE = "webhook:kommo:leads?webhookExternalUrl=http://127.0.0.1:9&reconcileDelay=0";

    @Test
    void withoutAnyPlatformHttpEngineTheRouteFailsNamingTheServerModules() throws Exception {
        try (DefaultCamelContext context = contextWithout(HttpServerCheck.ENGINE_FACTORY)) {
            assertThatThrownBy(() -> addRoute(context, ROUTE + "&webhookComponentName=platform-http"))
                    .extracting(WebhookModulesTest::theMessage).asString()
                    .contains("webhook:kommo:leads serves its hook on platform-http, but no "
                              + "platform-http engine")
                    .contains("org.apache.camel:camel-platform-http-main")
                    .contains("camel-platform-http-vertx")
                    .contains("camel-platform-http-starter")
                    .contains("camel-quarkus-platform-http");
        }
        assertNothingWasSent();
    }

    @Test
    void aServerComponentThatIsNotThereIsNamedWithTheModulesToAdd() throws Exception {
        try (DefaultCamelContext context = contextWithout()) {
            assertThatThrownBy(() -> addRoute(context, ROUTE + "&webhookComponentName=jetty"))
                    .extracting(WebhookModulesTest::theMessage).asString()
                    .contains("webhook:kommo:leads has no HTTP server to serve its hook on: no component "
                              + "jetty is on the class path")
                    .contains("org.apache.camel:camel-platform-http-main")
                    .contains("set webhookComponentName=platform-http");
        }
        assertNothingWasSent();
    }

    @Test
    void withoutCamelWebhookTheRouteFailsNamingIt() throws Exception {
        try (DefaultCamelContext context = contextWithout(MissingWebhookModule.COMPONENT_FACTORY)) {
            assertThatThrownBy(() -> addRoute(context, ROUTE + "&hookSecret=never-shown"))
                    .extracting(WebhookModulesTest::theMessage).asString()
                    .startsWith("webhook:kommo:leads needs Camel's webhook meta-component: add "
                                + "org.apache.camel:camel-webhook")
                    .doesNotContain("never-shown");
        }
        assertNothingWasSent();
    }

    @Test
    void withCamelWebhookPresentNothingStandsInForIt() throws Exception {
        try (DefaultCamelContext context = contextWithout()) {
            assertThat(context.getComponent("webhook")).isNotNull()
                    .isNotInstanceOf(MissingWebhookModule.Absent.class);
        }
    }

    /** A context with the sandbox's account, whose class resolver does not find these resources. */
    private DefaultCamelContext contextWithout(String... hidden) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext(false);
        context.setClassResolver(new HidingClassResolver(Set.of(hidden)));
        context.getRegistry().bind("kommo", createKommoComponent());
        context.start();
        return context;
    }

    private static void addRoute(DefaultCamelContext context, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("log:never");
            }
        });
    }

    /** The message of the start failure's cause that names the webhook route (Camel wraps it in its own). */
    private static String theMessage(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e.getMessage() != null && e.getMessage().startsWith("webhook:kommo:")) {
                return e.getMessage();
            }
        }
        throw new AssertionError("no cause names webhook:kommo:", failure);
    }

    private void assertNothingWasSent() {
        assertThat(sandbox().stats().requests()).isEmpty();
        assertThat(sandbox().webhooks().registry().list(null)).isEmpty();
    }

    /** A class path without the jars that hold these resources, as far as Camel's look-ups go. */
    private static final class HidingClassResolver extends DefaultClassResolver {

        private final Set<String> hidden;

        HidingClassResolver(Set<String> hidden) {
            this.hidden = hidden;
        }

        @Override
        public URL loadResourceAsURL(String uri) {
            return hidden.contains(uri) ? null : super.loadResourceAsURL(uri);
        }

        @Override
        public InputStream loadResourceAsStream(String uri) {
            return hidden.contains(uri) ? null : super.loadResourceAsStream(uri);
        }
    }
}
