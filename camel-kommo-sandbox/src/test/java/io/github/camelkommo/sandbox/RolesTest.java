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

/** User roles (amoCRM users-api): the demo's role as users name it, writes, rights levels and deletion. */
class RolesTest extends SandboxTestSupport {

    @Test
    void theDemoRoleIsTheOneItsUsersHave() {
        JsonNode roles = http.get("/api/v4/roles?with=users").json();
        assertThat(roles.get("_total_items").asInt()).isEqualTo(1);
        JsonNode role = roles.at("/_embedded/roles/0");
        assertThat(role.get("name").asText()).isEqualTo("Sales manager");
        assertThat(role.at("/_embedded/users").size()).isEqualTo(2);
        JsonNode bob = http.get("/api/v4/users?with=role").json().at("/_embedded/users/1/_embedded/roles/0");
        assertThat(bob.get("id").asLong()).isEqualTo(role.get("id").asLong());
        assertThat(bob.has("rights")).isFalse();
    }

    @Test
    void rolesAreWrittenWithTheirRightsAndDeletedWhenNoUserHasThem() {
        Http.Response created = http.post("/api/v4/roles", "[{\"name\": \"Support\", \"rights\": {\"leads\": "
                                                           + "{\"view\": \"A\", \"edit\": \"M\"}, \"mail_access\": true}}]");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode role = created.json().at("/_embedded/roles/0");
        assertThat(role.at("/rights/leads/view").asText()).isEqualTo("A");
        assertThat(role.at("/rights/leads/add").asText()).isEqualTo("D"); // "по умолчанию все доступы запрещены"
        long id = role.get("id").asLong();
        Http.Response edited = http.patch("/api/v4/roles/" + id, "{\"rights\": {\"leads\": {\"add\": \"G\"}}}");
        assertThat(edited.status()).isEqualTo(202);
        assertThat(edited.json().at("/rights/leads/view").asText()).isEqualTo("A");
        assertThat(edited.json().at("/rights/leads/add").asText()).isEqualTo("G");
        assertThat(http.patch("/api/v4/roles/" + id, "{}").status()).isEqualTo(400);
        JsonNode refused = http.post("/api/v4/roles", "[{\"name\": \"x\", \"rights\": {\"leads\": {\"view\": "
                                                      + "\"X\"}}}, {\"name\": \"y\", \"rights\": {\"deals\": {}}}]")
                .json();
        assertThat(refused.at("/validation-errors/0/errors").toString()).contains("NotSupportedChoice",
                "rights.leads.view");
        assertThat(refused.at("/validation-errors/1/errors").toString()).contains("FieldNotExpected", "rights.deals");

        assertThat(http.send("DELETE", "/api/v4/roles/" + id, null).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/roles/" + id).status()).isEqualTo(204);
        long demo = sandbox.data().list("roles").get(0).get("id").asLong();
        Http.Response inUse = http.send("DELETE", "/api/v4/roles/" + demo, null);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.json().get("detail").asText()).contains("users");
    }
}
