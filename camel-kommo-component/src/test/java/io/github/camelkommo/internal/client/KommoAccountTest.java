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
package io.github.camelkommo.internal.client;

import java.util.Map;

import io.github.camelkommo.KommoConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where an account comes from: options first, then KOMMO_SUBDOMAIN and KOMMO_API_KEY; checked before any request. */
class KommoAccountTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(KommoAccount.ENV_SUBDOMAIN, "acme",
            KommoAccount.ENV_TOKEN, "env-token");

    @Test
    void theEnvironmentGivesSubdomainAndTokenWhenTheOptionsDoNot() {
        KommoAccount account = KommoAccount.of(new KommoConfiguration(), ENVIRONMENT::get);

        assertThat(account.baseUrl()).hasToString("https://acme.kommo.com");
        assertThat(account.token()).isEqualTo("env-token");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        KommoConfiguration configuration = new KommoConfiguration();
        configuration.setSubdomain("globex");
        configuration.setDomain("amocrm.ru");
        configuration.setAccessToken("option-token");

        KommoAccount account = KommoAccount.of(configuration, ENVIRONMENT::get);

        assertThat(account.baseUrl()).hasToString("https://globex.amocrm.ru");
        assertThat(account.token()).isEqualTo("option-token");
    }

    @Test
    void aBaseUrlCopiedWithTheApiPathIsTheHostAlone() {
        KommoConfiguration configuration = new KommoConfiguration();
        configuration.setBaseUrl("http://127.0.0.1:8080/api/v4/");
        configuration.setAccessToken("t");

        assertThat(KommoAccount.of(configuration, name -> null).baseUrl()).hasToString("http://127.0.0.1:8080");
    }

    @Test
    void withNeitherTheErrorNamesBothPlaces() {
        assertThatThrownBy(() -> KommoAccount.of(new KommoConfiguration(), name -> null))
                .hasMessageContaining("accessToken").hasMessageContaining(KommoAccount.ENV_TOKEN);
        assertThatThrownBy(() -> KommoAccount.of(new KommoConfiguration(), Map.of(KommoAccount.ENV_TOKEN, "t")::get))
                .hasMessageContaining("subdomain").hasMessageContaining(KommoAccount.ENV_SUBDOMAIN);
    }
}
