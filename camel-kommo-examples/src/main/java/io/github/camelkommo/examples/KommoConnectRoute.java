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
package io.github.camelkommo.examples;

import java.net.URI;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.auth.KommoConsent;
import io.github.camelkommo.auth.KommoTokens;
import io.github.camelkommo.error.KommoException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * "Connect your Kommo account": {@code GET /kommo/connect} sends the browser to Kommo's consent page with a new
 * state; Kommo sends it back to {@code GET /kommo/oauth?code=…&state=…&referer=…&client_id=…} (the integration's
 * redirect URI), where {@link KommoConsent} checks the state and the referer, exchanges the code at that account and
 * stores the tokens in the component's token store. Every kommo route of the account uses them from then on, and
 * refreshes them by itself. Nothing here shows a token.
 */
public final class KommoConnectRoute extends RouteBuilder {

    private final URI consentPage;

    /** @param consentPage the consent page, or null for Kommo's ({@code https://www.kommo.com/oauth}) */
    public KommoConnectRoute(URI consentPage) {
        this.consentPage = consentPage;
    }

    @Override
    public void configure() {
        KommoConsent consent = new KommoConsent(getContext().getComponent("kommo", KommoComponent.class));

        from("platform-http:/kommo/connect?httpMethodRestrict=GET").routeId("kommo-connect")
                .process(e -> {
                    URI url = consentPage == null ? consent.consentUrl() : consent.consentUrl(consentPage);
                    e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
                    e.getMessage().setHeader("Location", url.toString());
                    e.getMessage().setBody("");
                });

        from("platform-http:/kommo/oauth?httpMethodRestrict=GET").routeId("kommo-oauth-redirect")
                .onException(KommoException.class).handled(true)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=utf-8"))
                .setBody(simple("Not connected: ${exception.message}"))
                .end()
                .process(e -> {
                    KommoTokens tokens = consent.complete(e.getMessage().getHeaders());
                    String domain = tokens.domain() == null ? "" : tokens.domain();
                    int dot = domain.indexOf('.');
                    e.getMessage().removeHeaders("*"); // the code and state go no further
                    e.getMessage().setHeader("kommoAccount", domain);
                    e.getMessage().setHeader("kommoSubdomain", dot < 0 ? domain : domain.substring(0, dot));
                    e.getMessage().setHeader("kommoDomain", dot < 0 ? "kommo.com" : domain.substring(dot + 1));
                })
                .log("Connected the Kommo account ${header.kommoAccount}")
                // a first call with the new tokens (a configured baseUrl, such as a sandbox's, wins over the subdomain)
                .toD("kommo:account?operation=get&subdomain=${header.kommoSubdomain}&domain=${header.kommoDomain}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=utf-8"))
                .setBody(
                        simple("Connected ${header.kommoAccount}: account \"${body.name}\" (id ${body.id}). The tokens "
                               + "are stored, and the routes of this account refresh them by themselves."));
    }
}
