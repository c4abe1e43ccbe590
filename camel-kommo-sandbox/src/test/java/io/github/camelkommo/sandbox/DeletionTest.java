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
package io.github.camelkommo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code SandboxData.delete} and {@code restore}: what a Kommo user's deletion in the UI does to the API. */
class DeletionTest extends SandboxTestSupport {

    @Test
    void aDeletedEntityLeavesListsGetsAndLinksAndComesBack() {
        long lead = sandbox.data().list("leads").get(0).get("id").asLong();
        long john = sandbox.data().list("contacts").get(0).get("id").asLong();
        int leads = http.get("/api/v4/leads").json().at("/_embedded/leads").size();
        sandbox.clock().advanceSeconds(7);
        sandbox.data().delete("leads", lead);
        sandbox.data().delete("contacts", john);

        assertThat(http.get("/api/v4/leads/" + lead).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/leads").json().at("/_embedded/leads").size()).isEqualTo(leads - 1);
        JsonNode deleted = http.get("/api/v4/leads?with=only_deleted").json().at("/_embedded/leads");
        assertThat(deleted.toString()).isEqualTo("[{\"id\":" + lead + ",\"updated_at\":" + (T0 + 7)
                                                 + ",\"updated_by\":" + sandbox.data().currentUserId()
                                                 + ",\"is_deleted\":true}]");
        assertThat(http.get("/api/v4/companies?with=only_deleted").status()).isEqualTo(204);
        long hardware = sandbox.data().list("leads").get(2).get("id").asLong(); // linked to John too
        assertThat(http.get("/api/v4/leads/" + hardware + "?with=contacts").json().at("/_embedded/contacts")
                .size()).isZero();
        assertThat(sandbox.data().links("leads", hardware)).extracting(l -> l.get("to_entity_type").asText())
                .containsExactly("companies");

        sandbox.data().restore("contacts", john);
        sandbox.data().restore("leads", lead);
        assertThat(http.get("/api/v4/leads/" + lead + "?with=contacts").json().at("/_embedded/contacts/0/id")
                .asLong()).isEqualTo(john);
        assertThat(sandbox.data().get("leads", lead).orElseThrow().get("is_deleted").asBoolean()).isFalse();
        assertThat(http.get("/api/v4/leads?with=only_deleted").status()).isEqualTo(204);
        assertThat(sandbox.data().events()).extracting(e -> e.get("type").asText()).containsExactly(
                "lead_deleted", "contact_deleted", "contact_restored", "lead_restored");
        assertThatThrownBy(() -> sandbox.data().restore("leads", lead)).isInstanceOf(IllegalArgumentException.class);
        long task = sandbox.data().list("tasks").get(0).get("id").asLong();
        sandbox.data().delete("tasks", task);
        assertThat(http.get("/api/v4/tasks?with=only_deleted").json().at("/_embedded/tasks/0/is_deleted").asBoolean())
                .isTrue();
        assertThat(sandbox.data().restore("tasks", task).has("is_deleted")).isFalse();
        assertThatThrownBy(() -> sandbox.data().delete("users", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
