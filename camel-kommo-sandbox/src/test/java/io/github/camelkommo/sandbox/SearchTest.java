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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kommo's search semantics (docs/sandbox.md, "Search: query and custom field filters"): {@code query} over the
 * filled fields with the phone digits rule, and {@code filter[custom_fields_values]} by field type (amoCRM
 * filters-api), each combined with other filters and paged like any list.
 */
class SearchTest extends SandboxTestSupport {

    private static final String PHONE = "+7 (999) 123-45-67";

    @Test
    void queryFindsNamesAndFieldValuesAsGivenButNotIds() {
        long anna = contact("Anna Petrova", PHONE, "Anna.Petrova@Example.com", "Head of Sales");

        assertThat(contactsFound("Petrova")).containsExactly(anna);
        assertThat(contactsFound("Anna.Petrova@Example.com")).containsExactly(anna);
        assertThat(contactsFound("of Sal")).containsExactly(anna);
        assertThat(contactsFound("Example.com")).containsExactly(anna);
        // case-sensitive, the strict reading where the sources are silent
        assertThat(http.get("/api/v4/contacts?query=petrova").status()).isEqualTo(204);
        assertThat(http.get("/api/v4/contacts?query=" + enc("anna.petrova@example.com")).status()).isEqualTo(204);
        // the id is not a filled field
        assertThat(contactsFound(String.valueOf(anna))).doesNotContain(anna);
    }

    @Test
    void aQueryOfDigitsFindsPhonesWrittenAnyWayButEightIsNotPlusSeven() {
        long formatted = contact("Ivan Formatted", PHONE, null, null);
        long plain = contact("Ivan Plain", "79991234567", null, null);
        long eight = contact("Ivan Eight", "8 999 123 45 67", null, null);
        long other = contact("Ivan Other", "+7 (999) 765-43-21", null, null);

        assertThat(contactsFound("79991234567")).containsExactlyInAnyOrder(formatted, plain);
        assertThat(contactsFound("9991234567")).containsExactlyInAnyOrder(formatted, plain, eight);
        assertThat(contactsFound("89991234567")).containsExactly(eight);
        assertThat(contactsFound("1234567")).containsExactlyInAnyOrder(formatted, plain, eight);
        // a query that is not only digits is plain text: it finds the phone only as written
        assertThat(contactsFound(PHONE)).containsExactly(formatted);
        assertThat(contactsFound("+79991234567")).isEmpty();
        assertThat(contactsFound("999 123 45 67")).containsExactly(eight);
        assertThat(contactsFound("7654321")).containsExactly(other);
    }

    @Test
    void theDigitsOfAPhoneAlsoMatchOtherFieldsAsText() {
        long phone = contact("Olga Phone", PHONE, null, null);
        long position = contact("Olga Position", null, null, "payment ref 79991234567");
        long company = id(http.post("/api/v4/companies", "[{\"name\":\"Phone Co\",\"custom_fields_values\":"
                                                         + "[{\"field_code\":\"PHONE\",\"values\":[{\"value\":\""
                                                         + PHONE + "\"}]}]}]")
                .json(), "companies");

        assertThat(contactsFound("79991234567")).containsExactlyInAnyOrder(phone, position);
        assertThat(ids(http.get("/api/v4/companies?query=79991234567").json(), "companies")).containsExactly(company);
    }

    @Test
    void queryCombinesWithFiltersAndPages() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(contact("Sync test " + i, null, null, null));
        }
        String query = "/api/v4/contacts?query=" + enc("Sync test") + "&limit=2";
        JsonNode page1 = http.get(query).json();
        JsonNode page3 = http.get(query + "&page=3").json();
        assertThat(ids(page1, "contacts")).containsExactly(ids.get(0), ids.get(1));
        assertThat(ids(http.get(query + "&page=2").json(), "contacts")).containsExactly(ids.get(2), ids.get(3));
        assertThat(ids(page3, "contacts")).containsExactly(ids.get(4));
        assertThat(page1.at("/_links/next/href").asText()).contains("query=Sync%20test").contains("page=2");
        assertThat(page3.at("/_links/next").isMissingNode()).isTrue();
        assertThat(http.get(query + "&page=4").status()).isEqualTo(204);

        String both = "/api/v4/contacts?query=" + enc("Sync test") + "&filter[id][]=" + ids.get(1)
                      + "&filter[id][]=" + ids.get(3) + "&filter[id][]=" + sandbox.data().list("contacts").get(0)
                              .get("id").asLong();
        assertThat(ids(http.get(both).json(), "contacts")).containsExactly(ids.get(1), ids.get(3));
    }

    @Test
    void aTextFieldFilterMatchesExactValuesAnyOfSeveral() {
        long comment = leadField("Comment");
        long one = lead("order 1", comment, "\"ORD-1\"");
        long two = lead("order 2", comment, "\"ORD-2\"");
        lead("order 10", comment, "\"ORD-10\"");
        lead("order 1 lower", comment, "\"ord-1\"");
        lead("order 1 padded", comment, "\" ORD-1\"");

        String filter = "filter[custom_fields_values][" + comment + "][]=";
        assertThat(leadsFound(filter + "ORD-1&" + filter + "ORD-2")).containsExactlyInAnyOrder(one, two);
        assertThat(leadsFound("filter[custom_fields_values][" + comment + "]=ORD-2")).containsExactly(two);
        assertThat(leadsFound("filter[custom_fields_values][" + comment + "][0]=ORD-1&filter[custom_fields_values]["
                              + comment + "][1]=ORD-2"))
                .containsExactlyInAnyOrder(one, two);
        assertThat(http.get("/api/v4/leads?" + filter + "ORD").status()).isEqualTo(204);
    }

    @Test
    void contactsAndCompaniesTakeTheSameFilters() {
        long web = sandbox.data().customFields("companies").stream().filter(f -> "WEB".equals(f.path("code").asText()))
                .findFirst().orElseThrow().get("id").asLong();
        long a = company("A Co", web, "https://a.example");
        long b = company("B Co", web, "https://b.example");
        company("C Co", web, "https://c.example");
        String filter = "filter[custom_fields_values][" + web + "][]=";
        assertThat(ids(http.get("/api/v4/companies?" + filter + enc("https://a.example") + "&" + filter
                                + enc("https://b.example"))
                .json(), "companies")).containsExactly(a, b);

        long head = contact("Vera Head", null, null, "Head of Sales");
        contact("Vera Deputy", null, null, "Deputy Head of Sales");
        assertThat(ids(http.get("/api/v4/contacts?filter[custom_fields_values][" + contactField("POSITION") + "][]="
                                + enc("Head of Sales"))
                .json(), "contacts")).containsExactly(head);
    }

    @Test
    void aFilterOfManyValuesPagesBy250AtMostWithNextLinks() {
        long comment = leadField("Comment");
        StringBuilder filter = new StringBuilder();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(lead("batch " + i, comment, "\"EXT-" + i + "\""));
            filter.append("&filter[custom_fields_values][").append(comment).append("][]=EXT-").append(i);
        }
        List<Long> seen = new ArrayList<>();
        JsonNode page = http.get("/api/v4/leads?limit=2" + filter).json();
        int pages = 1;
        seen.addAll(ids(page, "leads"));
        while (page.at("/_links/next/href").isTextual()) {
            String next = page.at("/_links/next/href").asText();
            page = http.get(next.substring(next.indexOf("/api/v4"))).json();
            seen.addAll(ids(page, "leads"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(ids(http.get("/api/v4/leads?limit=250" + filter).json(), "leads")).containsExactlyElementsOf(ids);
        assertThat(http.get("/api/v4/leads?limit=251" + filter).status()).isEqualTo(400);
    }

    @Test
    void enumFieldsTakeEnumIdsNotTexts() {
        EnumValue source = enumOf("Source", "Referral");
        String filter = "/api/v4/leads?filter[custom_fields_values][" + source.field + "][]=";
        List<Long> referrals = sandbox.data().list("leads").stream()
                .filter(l -> l.path("custom_fields_values").toString().contains("\"Referral\""))
                .map(l -> l.get("id").asLong()).toList();
        assertThat(referrals).hasSize(2);
        assertThat(ids(http.get(filter + source.enumId).json(), "leads")).containsExactlyElementsOf(referrals);

        Http.Response text = http.get(filter + "Referral");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("detail").asText()).contains("filter[custom_fields_values][" + source.field + "]")
                .contains("enum ids").contains("Referral");
    }

    @Test
    void checkboxesTakeOneOrZeroAndMultitextOneExactValue() {
        long paid = leadField("Paid");
        long yes = lead("paid", paid, "true");
        long no = lead("not paid", paid, "false");
        String filter = "/api/v4/leads?filter[custom_fields_values][" + paid + "]=";
        assertThat(ids(http.get(filter + "1").json(), "leads")).containsExactly(yes);
        assertThat(ids(http.get(filter + "0").json(), "leads")).contains(no).doesNotContain(yes);
        assertThat(http.get(filter + "yes").json().get("detail").asText()).contains("1 or 0").contains("yes");
        assertThat(http.get(filter.replace("]=", "][]=") + "1&filter[custom_fields_values][" + paid + "][]=0")
                .status()).isEqualTo(400);

        long formatted = contact("Petr Multitext", PHONE, null, null);
        contact("Petr Plain", "79991234567", null, null);
        String phone = "/api/v4/contacts?filter[custom_fields_values][" + contactField("PHONE") + "][]=";
        assertThat(ids(http.get(phone + enc(PHONE)).json(), "contacts")).containsExactly(formatted);
        Http.Response two = http.get(phone + enc(PHONE) + "&filter[custom_fields_values][" + contactField("PHONE")
                                     + "][]=79991234567");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().get("detail").asText()).contains("multitext").contains("one value");
    }

    @Test
    void datesTakeRangesNumbersBoth() {
        long delivery = leadField("Expected delivery");
        long early = lead("early", delivery, String.valueOf(T0));
        long late = lead("late", delivery, String.valueOf(T0 + 10 * 86_400));
        String key = "filter[custom_fields_values][" + delivery + "]";
        assertThat(leadsFound(key + "[from]=" + (T0 - 1) + "&" + key + "[to]=" + (T0 + 1))).containsExactly(early);
        assertThat(leadsFound(key + "[from]=" + (T0 + 1))).containsExactly(late);
        assertThat(http.get("/api/v4/leads?" + key + "=" + T0).json().get("detail").asText())
                .contains("only [from]/[to]");

        long discount = leadField("Discount");
        long five = lead("five", discount, "5");
        assertThat(leadsFound("filter[custom_fields_values][" + discount + "][]=5.0")).containsExactly(five);
        assertThat(http.get("/api/v4/leads?filter[custom_fields_values][" + discount + "][]=five").status())
                .isEqualTo(400);
    }

    @Test
    void filtersOutsideTheDocumentedFormsAre400NamingTheParameter() {
        long comment = leadField("Comment");
        for (String query : List.of("contacts?filter[custom_fields_values][PHONE]=79991234567",
                "leads?filter[custom_fields_values][1]=x",
                "leads?filter[custom_fields_values][" + comment + "][from]=1",
                "leads?filter[custom_fields_values][" + comment + "][]=a&filter[custom_fields_values][" + comment
                                                                               + "][to]=2")) {
            Http.Response response = http.get("/api/v4/" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("detail").asText()).as(query).contains("filter[custom_fields_values]");
        }
    }

    private long contact(String name, String phone, String email, String position) {
        List<String> fields = new ArrayList<>();
        if (phone != null) {
            fields.add("{\"field_code\":\"PHONE\",\"values\":[{\"value\":\"" + phone + "\"}]}");
        }
        if (email != null) {
            fields.add("{\"field_code\":\"EMAIL\",\"values\":[{\"value\":\"" + email + "\"}]}");
        }
        if (position != null) {
            fields.add("{\"field_code\":\"POSITION\",\"values\":[{\"value\":\"" + position + "\"}]}");
        }
        String body = "[{\"name\":\"" + name + "\""
                      + (fields.isEmpty() ? "" : ",\"custom_fields_values\":[" + String.join(",", fields) + "]")
                      + "}]";
        return id(http.post("/api/v4/contacts", body).json(), "contacts");
    }

    private long company(String name, long field, String value) {
        return id(http.post("/api/v4/companies", "[{\"name\":\"" + name + "\",\"custom_fields_values\":[{\"field_id\":"
                                                 + field + ",\"values\":[{\"value\":\"" + value + "\"}]}]}]")
                .json(), "companies");
    }

    private long lead(String name, long field, String jsonValue) {
        return id(http.post("/api/v4/leads", "[{\"name\":\"" + name + "\",\"custom_fields_values\":[{\"field_id\":"
                                             + field + ",\"values\":[{\"value\":" + jsonValue + "}]}]}]")
                .json(), "leads");
    }

    private List<Long> contactsFound(String query) {
        Http.Response response = http.get("/api/v4/contacts?query=" + enc(query));
        return response.status() == 204 ? List.of() : ids(response.json(), "contacts");
    }

    private List<Long> leadsFound(String filters) {
        Http.Response response = http.get("/api/v4/leads?" + filters);
        assertThat(response.status()).as(filters).isIn(200, 204);
        return response.status() == 204 ? List.of() : ids(response.json(), "leads");
    }

    private long leadField(String name) {
        return sandbox.data().customFields("leads").stream().filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long contactField(String code) {
        return sandbox.data().customFields("contacts").stream().filter(f -> code.equals(f.path("code").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private EnumValue enumOf(String fieldName, String value) {
        JsonNode def = sandbox.data().customFields("leads").stream()
                .filter(f -> f.get("name").asText().equals(fieldName)).findFirst().orElseThrow();
        for (JsonNode e : def.get("enums")) {
            if (e.get("value").asText().equals(value)) {
                return new EnumValue(def.get("id").asLong(), e.get("id").asLong());
            }
        }
        throw new AssertionError(value);
    }

    private static long id(JsonNode created, String entity) {
        return created.at("/_embedded/" + entity + "/0/id").asLong();
    }

    private static List<Long> ids(JsonNode page, String entity) {
        List<Long> out = new ArrayList<>();
        page.at("/_embedded/" + entity).forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record EnumValue(long field, long enumId) {
    }
}
