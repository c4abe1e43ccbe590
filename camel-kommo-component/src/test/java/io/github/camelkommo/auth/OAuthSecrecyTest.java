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
package io.github.camelkommo.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelkommo.LogCapture;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No OAuth secret (client secret, code, access or refresh token) in any log line (DEBUG included), exception, endpoint
 * URI, metric, health detail or the dev console, through a consent, a refresh and a refusal; also when the secrets
 * are given in endpoint URIs.
 */
class OAuthSecrecyTest extends OAuthTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("meters", meters);
    }

    @Override
    protected io.github.camelkommo.KommoComponent createKommoComponent() {
        io.github.camelkommo.KommoComponent kommo = super.createKommoComponent();
        kommo.getConfiguration().setAuthorizationCode("unused-code-4712"); // the store holds tokens: never exchanged
        return kommo;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list&clientSecret=RAW(" + CLIENT.clientSecret()
                                        + ")&refreshToken=RAW(unused-refresh-token-4711)");
                from("direct:code").to("kommo:contacts?operation=list&authorizationCode=RAW(unused-code-4712)");
            }
        };
    }

    @Test
    void noSecretIsEverShown() throws Exception {
        assertThat(context.getEndpoint("kommo:leads?operation=list&authorizationCode=RAW(code-in-uri-4713)").toString())
                .doesNotContain("code-in-uri-4713");
        List<String> shown = new ArrayList<>();
        List<String> lines;
        try (LogCapture logs = new LogCapture("io.github.camelkommo", "org.apache.camel")) {
            connect(kommo());
            template.requestBody("direct:leads", (Object) null);
            template.requestBody("direct:code", (Object) null);
            sandbox().clock().advanceSeconds(86_400);
            template.requestBody("direct:leads", (Object) null); // a refresh
            sandbox().oauth().revokeAll();
            Exchange failed = template.request("direct:leads", e -> {
            }); // a refusal
            assertThat(failed.getException()).isNotNull();
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
            assertThat(meters.getMeters()).isNotEmpty();
            meters.getMeters().forEach(m -> shown.add(m.getId().toString()));
            context.getEndpoints().forEach(e -> shown.add(e.toString()));
            context.stop();
            lines = logs.lines();
        }

        Set<String> secrets = secrets();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(lines).anyMatch(line -> line.contains("Refreshed the Kommo OAuth tokens"));
        for (String secret : secrets) {
            assertThat(shown).as("shown").noneMatch(text -> text.contains(secret));
            assertThat(lines).as("log lines").noneMatch(line -> line.contains(secret));
        }
    }

    /** Every secret that went over the wire: the client secret, codes and refresh tokens sent, tokens stored. */
    private Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>(
                List.of(CLIENT.clientSecret(), "unused-refresh-token-4711", "unused-code-4712"));
        Pattern field = Pattern.compile("\"(?:code|refresh_token)\":\"([^\"]+)\"");
        sandbox().stats().requests("POST", "/oauth2/access_token").forEach(r -> {
            Matcher m = field.matcher(r.body());
            while (m.find()) {
                secrets.add(m.group(1));
            }
        });
        new FileTokenStore(tokenDirectory).load(key()).ifPresent(t -> {
            secrets.add(t.accessToken());
            secrets.add(t.refreshToken());
        });
        return secrets;
    }
}
