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

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelet files as catalogs and tools read them, as packaged (filtered by the build): the metadata, the
 * component at this build's version, the token marked as a credential, and every property of the definition used in
 * the template, optional ones with {@code {{?name}}}.
 */
@SuppressWarnings("unchecked") // YAML read as maps and lists
class KameletDefinitionTest {

    /** What each Kamelet takes: the sink what Kommo writes, the sources what can be watched (webhooks: the cards). */
    private static final Map<String, List<String>> ENTITIES = Map.of(
            "kommo-source", List.of("leads", "contacts", "companies", "tasks", "customers", "unsorted"),
            "kommo-webhook-source", List.of("leads", "contacts", "companies", "tasks"),
            "kommo-sink", List.of("leads", "contacts", "companies", "tasks", "customers", "transactions", "segments",
                    "customerStatuses", "catalogs", "catalogElements", "unsorted", "calls", "sources", "shortLinks",
                    "roles"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([A-Za-z]+)}}");

    private static Map<String, Object> load(String name) throws Exception {
        try (InputStream in = KameletDefinitionTest.class.getClassLoader()
                .getResourceAsStream("kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/" + name + ".kamelet.yaml on the classpath").isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    private static <T> T at(Map<String, Object> yaml, String... path) {
        Object node = yaml;
        for (String key : path) {
            assertThat(node).as(String.join("/", path)).isInstanceOf(Map.class);
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    /** The version the build gives the tests: the project's (surefire's {@code camelKommo.version}). */
    private static String projectVersion() {
        String version = System.getProperty("camelKommo.version");
        assertThat(version).as("camelKommo.version, set by the build").isNotBlank().doesNotContain("${");
        return version;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommo-source", "kommo-webhook-source", "kommo-sink"})
    void describesItselfAsAKamelet(String name) throws Exception {
        Map<String, Object> kamelet = load(name);

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        assertThat((String) at(kamelet, "metadata", "name")).isEqualTo(name);
        assertThat((Map<String, Object>) at(kamelet, "metadata", "annotations"))
                .containsEntry("camel.apache.org/kamelet.support.level", "Preview")
                .containsKey("camel.apache.org/provider");
        assertThat((String) at(kamelet, "metadata", "labels", "camel.apache.org/kamelet.type"))
                .isEqualTo(name.endsWith("source") ? "source" : "sink");
        assertThat((String) at(kamelet, "spec", "definition", "title")).isNotBlank();
        assertThat((String) at(kamelet, "spec", "definition", "description")).isNotBlank();
        assertThat((List<String>) at(kamelet, "spec", "dependencies")).contains("camel:jackson", "camel:kamelet")
                .filteredOn(dependency -> dependency.startsWith("mvn:"))
                .containsExactly("mvn:io.github.camelkommo:camel-kommo-component:" + projectVersion());
        assertThat((String) at(kamelet, "spec", "types", name.endsWith("source") ? "out" : "in", "mediaType"))
                .isEqualTo("application/json");
    }

    @Test
    void theWebhookSourceServesItsHookOnPlatformHttp() throws Exception {
        Map<String, Object> kamelet = load("kommo-webhook-source");

        assertThat((List<String>) at(kamelet, "spec", "dependencies")).contains("camel:platform-http");
        assertThat((String) at(kamelet, "spec", "template", "from", "uri")).isEqualTo("webhook:kommo:{{entity}}");
        assertThat((List<String>) at(kamelet, "spec", "definition", "required"))
                .containsExactlyInAnyOrder("entity", "webhookExternalUrl");
        // a bean reference does not survive the webhook meta-component: these go on the component
        assertThat((Map<String, Object>) at(kamelet, "spec", "definition", "properties"))
                .doesNotContainKeys("tokenStore", "stateRepository");
        Map<String, Object> secret = at(kamelet, "spec", "definition", "properties", "hookSecret");
        assertThat(secret).containsEntry("format", "password");
        assertThat((List<String>) secret.get("x-descriptors")).contains("urn:camel:group:credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommo-source", "kommo-webhook-source", "kommo-sink"})
    void marksTheAccessTokenAsASecretCredential(String name) throws Exception {
        Map<String, Object> kamelet = load(name);

        Map<String, Object> token = at(kamelet, "spec", "definition", "properties", "accessToken");
        assertThat(token).containsEntry("type", "string").containsEntry("format", "password");
        assertThat((List<String>) token.get("x-descriptors")).contains("urn:camel:group:credentials");
        assertThat((List<String>) at(kamelet, "spec", "definition", "required")).as("a token, or OAuth 2.0")
                .contains("entity").doesNotContain("accessToken", "clientId", "clientSecret");
        for (String secret : List.of("clientSecret", "refreshToken", "authorizationCode")) {
            Map<String, Object> oauth = at(kamelet, "spec", "definition", "properties", secret);
            assertThat(oauth).as(secret).containsEntry("type", "string").containsEntry("format", "password");
            assertThat((List<String>) oauth.get("x-descriptors")).as(secret).contains("urn:camel:group:credentials");
        }
        assertThat((Map<String, Object>) at(kamelet, "spec", "definition", "properties")).containsKeys("clientId",
                "redirectUri");
        Map<String, Object> entity = at(kamelet, "spec", "definition", "properties", "entity");
        assertThat((List<String>) entity.get("enum")).containsExactlyElementsOf(ENTITIES.get(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommo-source", "kommo-webhook-source", "kommo-sink"})
    void usesEveryPropertyAndMarksTheOptionalOnes(String name) throws Exception {
        Map<String, Object> kamelet = load(name);
        Map<String, Map<String, Object>> properties = at(kamelet, "spec", "definition", "properties");
        Set<String> required = Set.copyOf(at(kamelet, "spec", "definition", "required"));

        // name -> "?" when the template uses it as an optional placeholder, "" when it must resolve
        Map<String, String> used = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(String.valueOf((Object) at(kamelet, "spec", "template")));
        while (m.find()) {
            String before = used.put(m.group(2), m.group(1));
            assertThat(before).as("placeholder %s used alike each time", m.group(2)).isIn(null, m.group(1));
        }
        assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(properties.keySet());
        properties.forEach((property, definition) -> {
            boolean alwaysSet = required.contains(property) || definition.containsKey("default");
            assertThat(used.get(property)).as("placeholder of " + property).isEqualTo(alwaysSet ? "" : "?");
            assertThat(definition).as(property).containsKeys("title", "description", "type");
        });
    }
}
