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

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token never appears in logs (Camel's and the component's, at DEBUG), in exceptions and their causes, in the
 * endpoint URI Camel shows (also when the token is given in the URI), in health checks or in the dev console.
 */
class KommoTokenSecrecyTest extends KommoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to("kommo:leads?operation=list&accessToken=RAW(" + SANDBOX.sandbox().token() + ")");
                from("direct:wrong").to("kommo:leads?operation=create&accessToken=wrong-secret-token-123");
            }
        };
    }

    @Test
    void tokenIsNeverShown() throws Exception {
        String token = sandbox().token();
        List<String> lines;
        Exchange failed;
        List<String> shown = new java.util.ArrayList<>();
        try (LogCapture logs = new LogCapture("io.github.camelkommo", "org.apache.camel")) {
            template.requestBody("direct:list", (Object) null);
            failed = template.request("direct:wrong", e -> e.getMessage().setBody(Map.of("name", "x")));
            for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
                shown.add(String.valueOf(t));
            }
            HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo")).forEach(c -> {
                HealthCheck.Result result = c.call();
                shown.add(c.getId() + " " + result.getMessage().orElse("") + " " + result.getDetails());
            });
            DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                    .resolveById("kommo");
            shown.add(String.valueOf(console.call(DevConsole.MediaType.TEXT)));
            shown.add(String.valueOf(console.call(DevConsole.MediaType.JSON)));
            context.stop();
            lines = logs.lines();
        }

        assertThat(failed.getException()).isNotNull();
        assertThat(shown).hasSizeGreaterThan(3)
                .noneMatch(text -> text.contains(token) || text.contains("wrong-secret-token-123"));
        assertThat(String.valueOf(failed.getException())).doesNotContain("wrong-secret-token-123");
        context.getEndpoints().forEach(endpoint -> assertThat(endpoint.toString())
                .doesNotContain(token).doesNotContain("wrong-secret-token-123"));
        assertThat(lines).as("captured log lines").hasSizeGreaterThan(10);
        assertThat(lines).anyMatch(line -> line.contains("kommo"));
        assertThat(lines).noneMatch(line -> line.contains(token) || line.contains("wrong-secret-token-123"));
        assertThat(sandbox().stats().total()).isEqualTo(2);
    }
}
