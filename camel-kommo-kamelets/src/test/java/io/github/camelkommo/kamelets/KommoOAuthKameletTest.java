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
package io.github.camelkommo.kamelets;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.auth.FileTokenStore;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.OAuthAuthority;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** kommo-sink with OAuth 2.0 instead of an access token: the code is exchanged once and the tokens stored. */
class KommoOAuthKameletTest extends KameletTestSupport {

    private static final OAuthAuthority.Client CLIENT = KommoSandbox.Builder.DEFAULT_OAUTH_CLIENT;

    @TempDir
    static Path tokens;

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("tokens", new FileTokenStore(tokens));
    }

    @Test
    void writesWithOAuthTokensFromAnExchangedCode() throws Exception {
        String code = sandbox().oauth().issueCode(null, null).code();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("kamelet:kommo-sink?entity=leads&baseUrl=" + sandbox().baseUrl()
                                     + "&clientId=" + CLIENT.clientId() + "&clientSecret=RAW(" + CLIENT.clientSecret()
                                     + ")&redirectUri=RAW(" + CLIENT.redirectUri() + ")&authorizationCode=RAW(" + code
                                     + ")&tokenStore=#tokens");
            }
        });

        for (int i = 0; i < 2; i++) {
            Exchange reply = template.request("direct:in", e -> e.getMessage().setBody("{\"name\": \"OAuth lead\"}"));
            assertThat(reply.getException()).isNull();
            JsonNode lead = MAPPER.readTree(reply.getMessage().getBody(String.class));
            assertThat(sandbox().data().get("leads", lead.get("id").asLong())).isPresent();
        }
        assertThat(sandbox().stats().requests("POST", "/oauth2/access_token")).hasSize(1)
                .allSatisfy(r -> assertThat(r.body()).contains("\"grant_type\":\"authorization_code\""));
        String key = CLIENT.clientId() + "@" + java.net.URI.create(sandbox().baseUrl()).getAuthority();
        KommoTokens stored = new FileTokenStore(tokens).load(key).orElseThrow();
        assertThat(stored.accessToken()).isNotBlank();
    }
}
