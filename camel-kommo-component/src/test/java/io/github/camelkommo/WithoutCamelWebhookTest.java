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

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.HashMap;

import org.apache.camel.Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * camel-webhook is an optional dependency: an application without it must still load the component (Spring Boot
 * introspects it, which verifies the class) and get plain kommo endpoints. The component's classes are loaded here
 * anew by a class loader that sees Camel but not camel-webhook, as such an application's class path does.
 */
class WithoutCamelWebhookTest {

    @Test
    void theComponentLoadsAndMakesPlainEndpointsWithoutCamelWebhook() throws Exception {
        URL componentClasses = KommoComponent.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutWebhook = new URLClassLoader(new URL[]{componentClasses}, new WithoutWebhook())) {
            assertThatThrownBy(
                    () -> withoutWebhook.loadClass("org.apache.camel.component.webhook.WebhookCapableEndpoint"))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> componentType = Class.forName(KommoComponent.class.getName(), true, withoutWebhook);
            assertThat(componentType.getDeclaredMethods()).as("what Spring's introspection reads").isNotEmpty();

            try (DefaultCamelContext context = new DefaultCamelContext()) {
                Component kommo = (Component) componentType.getConstructor().newInstance();
                kommo.setCamelContext(context);
                Method createEndpoint = DefaultComponent.class.getDeclaredMethod("createEndpoint", String.class,
                        String.class, java.util.Map.class);
                createEndpoint.setAccessible(true);
                Object endpoint = createEndpoint.invoke(kommo, "kommo:leads", "leads", new HashMap<String, Object>());

                assertThat(endpoint.getClass().getName()).isEqualTo(KommoEndpoint.class.getName());
                assertThat(endpoint.getClass().getClassLoader()).isSameAs(withoutWebhook);
                assertThat(Arrays.stream(endpoint.getClass().getInterfaces()).map(Class::getName))
                        .doesNotContain("org.apache.camel.component.webhook.WebhookCapableEndpoint");
            }
        }
    }

    /** The test's class path without camel-webhook, and without the component, which the child loads itself. */
    private static final class WithoutWebhook extends ClassLoader {

        WithoutWebhook() {
            super(WithoutCamelWebhookTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.camel.component.webhook.") || name.startsWith("io.github.camelkommo.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
