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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListTest extends SandboxTestSupport {

    @Test
    void defaultPageHas50ItemsAndLinksFollowUntilTheLastPage() {
        sandbox.data().generate("leads", 120);
        int total = sandbox.data().count("leads");
        assertThat(total).isEqualTo(126);

        Http.Response first = http.get("/api/v4/leads");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("application/hal+json");
        JsonNode body = first.json();
        assertThat(body.get("_page").asInt()).isEqualTo(1);
        assertThat(body.path("_embedded").path("leads").size()).isEqualTo(50);
        assertThat(body.at("/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads?page=1&limit=50");
        assertThat(body.at("/_links/next/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/leads?page=2&limit=50");
        assertThat(body.has("_total_items")).isFalse();

        List<Long> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        JsonNode page = body;
        while (true) {
            page.path("_embedded").path("leads").forEach(l -> ids.add(l.get("id").asLong()));
            sizes.add(page.path("_embedded").path("leads").size());
            if (!page.path("_links").has("next")) {
                break;
            }
            String next = page.at("/_links/next/href").asText();
            page = http.get(next.substring(sandbox.baseUrl().length())).json();
        }
        assertThat(sizes).containsExactly(50, 50, 26);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates().isSorted();
        assertThat(page.at("/_links/prev/href").asText()).endsWith("/api/v4/leads?page=2&limit=50");
    }

    @Test
    void pagePastTheEndAndEmptyResultsAre204WithAnEmptyBody() {
        Http.Response past = http.get("/api/v4/leads?page=2");
        assertThat(past.status()).isEqualTo(204);
        assertThat(past.body()).isEmpty();
        assertThat(past.contentType()).isNull();

        Http.Response none = http.get("/api/v4/leads?filter%5Bid%5D=1");
        assertThat(none.status()).isEqualTo(204);
        assertThat(none.body()).isEmpty();

        sandbox.data().clear("tasks");
        assertThat(http.get("/api/v4/tasks").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/leads?with=only_deleted").status()).isEqualTo(204);
    }

    @Test
    void limitUpTo250IsServedAndAbove250Is400() {
        sandbox.data().generate("leads", 300);
        assertThat(http.get("/api/v4/leads?limit=250").json().at("/_embedded/leads").size()).isEqualTo(250);
        assertThat(http.get("/api/v4/leads?limit=1").json().at("/_embedded/leads").size()).isEqualTo(1);

        for (String bad : List.of("limit=251", "limit=0", "limit=-5", "limit=abc", "page=0", "page=x")) {
            Http.Response response = http.get("/api/v4/leads?" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("title").asText()).isEqualTo("Bad Request");
            assertThat(response.json().get("type").asText()).isEqualTo("https://httpstatus.es/400");
        }
    }

    @Test
    void filterByIdSingleOrList() {
        List<Long> ids = sandbox.data().list("leads").stream().map(l -> l.get("id").asLong())
                .collect(Collectors.toList());

        JsonNode one = http.get("/api/v4/leads?filter%5Bid%5D=" + ids.get(2)).json();
        assertThat(idsOf(one, "leads")).containsExactly(ids.get(2));

        JsonNode two = http
                .get("/api/v4/leads?filter%5Bid%5D%5B%5D=" + ids.get(4) + "&filter%5Bid%5D%5B%5D=" + ids.get(1))
                .json();
        assertThat(idsOf(two, "leads")).containsExactly(ids.get(1), ids.get(4));

        JsonNode indexed = http.get("/api/v4/contacts?filter%5Bid%5D%5B0%5D="
                                    + sandbox.data().list("contacts").get(0).get("id").asLong())
                .json();
        assertThat(indexed.at("/_embedded/contacts").size()).isEqualTo(1);

        assertThat(http.get("/api/v4/leads?filter%5Bid%5D=abc").status()).isEqualTo(400);
    }

    @Test
    void filterByUpdatedAtAndCreatedAtRanges() {
        ObjectNode a = create(T0 + 10, T0 + 100);
        ObjectNode b = create(T0 + 20, T0 + 200);
        ObjectNode c = create(T0 + 30, T0 + 300);

        JsonNode from = http.get("/api/v4/leads?filter%5Bupdated_at%5D%5Bfrom%5D=" + (T0 + 200)).json();
        assertThat(idsOf(from, "leads")).containsExactly(id(b), id(c));

        JsonNode between = http.get("/api/v4/leads?filter%5Bupdated_at%5D%5Bfrom%5D=" + (T0 + 50)
                                    + "&filter%5Bupdated_at%5D%5Bto%5D=" + (T0 + 200))
                .json();
        assertThat(idsOf(between, "leads")).containsExactly(id(a), id(b));

        JsonNode created = http.get("/api/v4/leads?filter%5Bcreated_at%5D%5Bto%5D=" + (T0 + 20)
                                    + "&filter%5Bcreated_at%5D%5Bfrom%5D=" + (T0 + 15))
                .json();
        assertThat(idsOf(created, "leads")).containsExactly(id(b));

        assertThat(http.get("/api/v4/leads?filter%5Bupdated_at%5D%5Bfrom%5D=" + (T0 + 301)).status()).isEqualTo(204);
    }

    @Test
    void orderByUpdatedAtCreatedAtAndId() {
        ObjectNode a = create(T0 + 30, T0 + 100);
        ObjectNode b = create(T0 + 20, T0 + 300);
        ObjectNode c = create(T0 + 10, T0 + 200);
        String recent = "filter%5Bcreated_at%5D%5Bfrom%5D=" + T0;

        assertThat(idsOf(http.get("/api/v4/leads?" + recent + "&order%5Bupdated_at%5D=asc").json(), "leads"))
                .containsExactly(id(a), id(c), id(b));
        assertThat(idsOf(http.get("/api/v4/leads?" + recent + "&order%5Bupdated_at%5D=desc").json(), "leads"))
                .containsExactly(id(b), id(c), id(a));
        assertThat(idsOf(http.get("/api/v4/leads?" + recent + "&order%5Bcreated_at%5D=asc").json(), "leads"))
                .containsExactly(id(c), id(b), id(a));
        assertThat(idsOf(http.get("/api/v4/leads?" + recent + "&order%5Bid%5D=desc").json(), "leads"))
                .containsExactly(id(c), id(b), id(a));

        List<Long> all = idsOf(http.get("/api/v4/leads?order%5Bupdated_at%5D=desc&limit=250").json(), "leads");
        List<Long> expected = sandbox.data().list("leads").stream()
                .sorted(Comparator.comparingLong((ObjectNode n) -> n.get("updated_at").asLong())
                        .thenComparingLong(n -> n.get("id").asLong()).reversed())
                .map(n -> n.get("id").asLong()).collect(Collectors.toList());
        assertThat(all).isEqualTo(expected);

        assertThat(http.get("/api/v4/leads?order%5Bupdated_at%5D=sideways").status()).isEqualTo(400);
    }

    @Test
    void queryFindsNamesAndCustomFieldValues() {
        JsonNode byName = http.get("/api/v4/contacts?query=Garcia").json();
        assertThat(byName.at("/_embedded/contacts").size()).isEqualTo(1);
        assertThat(byName.at("/_embedded/contacts/0/name").asText()).isEqualTo("Maria Garcia");

        JsonNode byPhone = http.get("/api/v4/contacts?query=555%200101").json();
        assertThat(byPhone.at("/_embedded/contacts/0/name").asText()).isEqualTo("John Smith");

        JsonNode leads = http.get("/api/v4/leads?query=CRM").json();
        assertThat(leads.at("/_embedded/leads/0/name").asText()).isEqualTo("CRM rollout");

        assertThat(http.get("/api/v4/companies?query=nothing-like-this").status()).isEqualTo(204);
    }

    @Test
    void withContactsEmbedsTheLinkedContactsOfLeads() {
        ObjectNode lead = sandbox.data().list("leads").get(0);
        long contact = lead.at("/_embedded/contacts/0/id").asLong();

        JsonNode plain = http.get("/api/v4/leads?limit=1").json().at("/_embedded/leads/0");
        assertThat(plain.path("_embedded").has("contacts")).isFalse();
        assertThat(plain.path("_embedded").has("tags")).isTrue();
        assertThat(plain.path("_embedded").has("companies")).isTrue();

        JsonNode with = http.get("/api/v4/leads?limit=1&with=contacts").json().at("/_embedded/leads/0");
        assertThat(with.at("/_embedded/contacts/0/id").asLong()).isEqualTo(contact);
        assertThat(with.at("/_embedded/contacts/0/is_main").asBoolean()).isTrue();
        assertThat(with.at("/_embedded/contacts/0/_links/self/href").asText())
                .isEqualTo(sandbox.baseUrl() + "/api/v4/contacts/" + contact);

        JsonNode one = http.get("/api/v4/leads/" + id(lead) + "?with=contacts").json();
        assertThat(one.at("/_embedded/contacts/0/id").asLong()).isEqualTo(contact);
    }

    @Test
    void linksKeepTheCallersFilters() {
        long pipeline = sandbox.data().mainPipelineId();
        JsonNode body = http.get("/api/v4/leads?filter%5Bpipeline_id%5D=" + pipeline + "&limit=2&page=1").json();
        assertThat(body.at("/_links/next/href").asText()).isEqualTo(sandbox.baseUrl()
                                                                    + "/api/v4/leads?filter%5Bpipeline_id%5D="
                                                                    + pipeline + "&page=2&limit=2");
        assertThat(body.at("/_embedded/leads").findValues("pipeline_id")).allMatch(p -> p.asLong() == pipeline);
    }

    @Test
    void entitySpecificFilters() {
        long pipeline = sandbox.data().mainPipelineId();
        JsonNode won = http.get("/api/v4/leads?filter%5Bstatuses%5D%5B0%5D%5Bpipeline_id%5D=" + pipeline
                                + "&filter%5Bstatuses%5D%5B0%5D%5Bstatus_id%5D=142")
                .json();
        assertThat(won.at("/_embedded/leads").size()).isEqualTo(1);
        assertThat(won.at("/_embedded/leads/0/name").asText()).isEqualTo("Hardware order");
        assertThat(won.at("/_embedded/leads/0/closed_at").isIntegralNumber()).isTrue();

        assertThat(http.get("/api/v4/leads?filter%5Bstatuses%5D%5B0%5D%5Bstatus_id%5D=142").status()).isEqualTo(400);

        JsonNode done = http.get("/api/v4/tasks?filter%5Bis_completed%5D=1").json();
        assertThat(done.at("/_embedded/tasks").size()).isEqualTo(1);
        assertThat(done.at("/_embedded/tasks/0/is_completed").asBoolean()).isTrue();
        assertThat(done.at("/_embedded/tasks/0/result/text").asText()).isEqualTo("Quote sent by e-mail");

        JsonNode meetings = http.get("/api/v4/tasks?filter%5Btask_type%5D=2").json();
        assertThat(meetings.at("/_embedded/tasks").size()).isEqualTo(1);

        long bob = sandbox.data().list("users").get(1).get("id").asLong();
        JsonNode bobs = http.get("/api/v4/leads?filter%5Bresponsible_user_id%5D=" + bob).json();
        assertThat(bobs.at("/_embedded/leads").findValues("responsible_user_id")).hasSize(3)
                .allMatch(v -> v.asLong() == bob);
    }

    @Test
    void usersListCarriesTotals() {
        JsonNode users = http.get("/api/v4/users?limit=2").json();
        assertThat(users.get("_total_items").asInt()).isEqualTo(3);
        assertThat(users.get("_page").asInt()).isEqualTo(1);
        assertThat(users.get("_page_count").asInt()).isEqualTo(2);
        assertThat(users.at("/_embedded/users").size()).isEqualTo(2);
        assertThat(users.at("/_embedded/users/0/rights/is_admin").asBoolean()).isTrue();
        assertThat(users.at("/_links/next/href").asText()).endsWith("/api/v4/users?page=2&limit=2");
    }

    private ObjectNode create(long createdAt, long updatedAt) {
        return sandbox.data().create("leads", Http.JSON.createObjectNode().put("name", "L" + createdAt)
                .put("created_at", createdAt).put("updated_at", updatedAt));
    }

    static long id(JsonNode node) {
        return node.get("id").asLong();
    }

    static List<Long> idsOf(JsonNode list, String key) {
        List<Long> ids = new ArrayList<>();
        list.path("_embedded").path(key).forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
