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

import io.github.camelkommo.model.Role;
import io.github.camelkommo.model.ShortLink;
import io.github.camelkommo.model.Source;
import io.github.camelkommo.model.Talk;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources, short links, roles and talks through the one producer (amoCRM sources-api, short_links, users-api roles,
 * talks-api; ground-truth/sources, short_links, roles, talks), against the sandbox's stored data.
 */
class AccountDirectoriesTest extends KommoTestSupport {

    @Test
    void aSourceAndAShortLinkAreCreated() {
        Source landing = new Source();
        landing.setName("Landing");
        landing.setExternalId("landing-1");
        Source created = template.requestBody("kommo:sources?operation=create", landing, Source.class);
        long contact = sandbox().data().list("contacts").get(0).get("id").asLong();
        ShortLink link = new ShortLink();
        link.setUrl("https://example.test/offer");
        link.setMetadata(Map.of("entity_type", "contacts", "entity_id", contact));

        ShortLink made = template.requestBody("kommo:shortLinks?operation=create", link, ShortLink.class);

        assertThat(sandbox().data().get("sources", created.getId()).orElseThrow().get("external_id").asText())
                .isEqualTo("landing-1");
        assertThat(made.getUrl()).startsWith("https://amo.sh/");
        assertThat(sandbox().stats().requests("POST", "/api/v4/short_links")).extracting(RecordedRequest::status)
                .containsExactly(200);
    }

    @Test
    void sourcesAreRenamedAndDeletedInOneRequest() {
        @SuppressWarnings("unchecked")
        List<Source> created = template.requestBody("kommo:sources?operation=create",
                List.of(Map.of("name", "A", "external_id", "a-1"), Map.of("name", "B", "external_id", "b-1")),
                List.class);
        Source first = created.get(0);
        first.setName("A, renamed");
        template.requestBody("kommo:sources?operation=update", first);
        template.requestBody("kommo:sources?operation=delete", created);

        assertThat(sandbox().stats().requests("PATCH", "/api/v4/sources").get(0).body()).contains("A, renamed")
                .doesNotContain("external_id");
        assertThat(sandbox().stats().requests("DELETE", "/api/v4/sources")).extracting(RecordedRequest::status)
                .containsExactly(204);
        assertThat(sandbox().data().get("sources", first.getId())).isEmpty();
        assertThat(sandbox().data().get("sources", created.get(1).getId())).isEmpty();
    }

    @Test
    void aRoleIsCreatedRenamedAndDeleted() {
        Role role = new Role();
        role.setName("Support");
        role.setRights(Map.of("leads", Map.of("add", "A", "edit", "G", "view", "G", "delete", "D", "export", "D")));
        Role created = template.requestBody("kommo:roles?operation=create", role, Role.class);
        created.setName("Support desk");
        template.requestBody("kommo:roles?operation=update", created);

        assertThat(sandbox().data().get("roles", created.getId()).orElseThrow().get("name").asText())
                .isEqualTo("Support desk");
        template.requestBodyAndHeader("kommo:roles?operation=delete", null, KommoConstants.ENTITY_ID, created.getId());
        assertThat(sandbox().data().get("roles", created.getId())).isEmpty();
    }

    @Test
    void aTalkIsReadAndClosed() {
        long contact = sandbox().data().list("contacts").get(0).get("id").asLong();
        long lead = sandbox().data().list("leads").get(0).get("id").asLong();
        long talk = sandbox().data().addTalk(contact, lead, "telegram").get("talk_id").asLong();

        Talk open = template.requestBodyAndHeader("kommo:talks?operation=get", null, KommoConstants.ENTITY_ID, talk,
                Talk.class);
        template.requestBodyAndHeader("kommo:talks?operation=close", Map.of("force_close", true),
                KommoConstants.ENTITY_ID, talk);
        Talk closed = template.requestBodyAndHeader("kommo:talks?operation=get", null, KommoConstants.ENTITY_ID, talk,
                Talk.class);

        assertThat(open.getIsInWork()).isTrue();
        assertThat(open.getContactId()).isEqualTo(contact);
        assertThat(closed.getIsInWork()).isFalse();
        assertThat(sandbox().stats().requests("POST", "/api/v4/talks/" + talk + "/close"))
                .extracting(RecordedRequest::status).containsExactly(202);
    }
}
