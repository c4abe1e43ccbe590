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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.OAuthTokenSource;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.OAuthAuthority;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Camel context whose kommo component uses OAuth 2.0 with the sandbox's default integration, and tokens in a
 * {@link FileTokenStore} of a temporary directory. Nothing is connected until a test calls {@link #connect}.
 */
abstract class OAuthTestSupport extends KommoTestSupport {

    static final OAuthAuthority.Client CLIENT = KommoSandbox.Builder.DEFAULT_OAUTH_CLIENT;

    @TempDir
    Path tokenDirectory;

    @Override
    protected KommoComponent createKommoComponent() {
        return oauthComponent(new FileTokenStore(tokenDirectory));
    }

    /** A component for the sandbox with OAuth 2.0 and this store, as a user configures it. */
    KommoComponent oauthComponent(KommoTokenStore store) {
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox().baseUrl());
        kommo.getConfiguration().setClientId(CLIENT.clientId());
        kommo.getConfiguration().setClientSecret(CLIENT.clientSecret());
        kommo.getConfiguration().setRedirectUri(CLIENT.redirectUri());
        kommo.getConfiguration().setTokenStore(store);
        return kommo;
    }

    /** The consent: a code from the sandbox, exchanged and stored through the component. */
    KommoTokens connect(KommoComponent kommo) throws Exception {
        String code = sandbox().oauth().issueCode(null, null).code();
        return kommo.accounts().client(kommo.getConfiguration()).authorize(code, "sandbox.kommo.com");
    }

    /** The account's key in the token store. */
    String key() {
        return CLIENT.clientId() + "@" + java.net.URI.create(sandbox().baseUrl()).getAuthority();
    }

    static KommoComponent kommoOf(CamelContext context) {
        return context.getComponent("kommo", KommoComponent.class);
    }

    static OAuthTokenSource tokensOf(KommoComponent kommo) {
        KommoClient client = kommo.accounts().clients().get(0);
        return (OAuthTokenSource) client.tokens();
    }

    /** The token requests the sandbox received with this grant type. */
    List<RecordedRequest> tokenRequests(String grantType) {
        return sandbox().stats().requests("POST", "/oauth2/access_token").stream()
                .filter(r -> r.body().contains("\"grant_type\":\"" + grantType + "\"")).toList();
    }

    /** API requests (under /api/v4) received from index {@code from} of the request log on. */
    List<RecordedRequest> apiRequestsSince(int from) {
        List<RecordedRequest> all = sandbox().stats().requests();
        return all.subList(Math.min(from, all.size()), all.size()).stream()
                .filter(r -> r.path().startsWith("/api/v4/")).toList();
    }

    /** The health check of the account (there is one account in these tests). */
    HealthCheck check() {
        return HealthCheckRegistry.get(context).stream().filter(c -> c.getId().startsWith("kommo-")).findFirst()
                .orElseThrow();
    }

    /** Waits until the condition holds, failing after the deadline. */
    static void await(String what, Duration deadline, BooleanSupplier condition) {
        Awaitility.await(what).atMost(deadline).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
