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
package io.github.camelkommo.sandbox.internal.store;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo account the sandbox starts with. Always: the account (with two loss reasons, a user role and a second
 * user group), three users, custom field definitions and two pipelines ("Sales", the main one, whose first regular
 * stage has descriptions, and "Partners"). With demo data also: two companies, three contacts, six leads
 * (one won, one lost) and three tasks. Timestamps are relative to the sandbox clock, so a fixed clock gives
 * identical data on every start; ids are identical too.
 */
final class DemoSeed {

    static final long ACCOUNT_ID = 30_100_001L;
    private static final long DAY = 86_400;

    private DemoSeed() {
    }

    static void apply(EntityStore store, boolean withDemoEntities) {
        long now = store.clock().nowSeconds();
        IdSequences ids = store.ids();
        ObjectNode managers = Json.object().put("id", ids.nextReference()).put("name", "Managers").putNull("uuid");
        long roleId = store.createUnchecked(EntityType.ROLES, List.of(Json.object().put("name", "Sales manager")))
                .get(0).get("id").asLong();
        ObjectNode tooExpensive = lossReason(ids.nextReference(), "Too expensive", 100_000, now - 400 * DAY);
        AccountLists lists = new AccountLists(List.of(tooExpensive,
                lossReason(ids.nextReference(), "Chose a competitor", 100_001, now - 400 * DAY)));
        store.setLists(lists);
        long managersId = managers.get("id").asLong();
        List<ObjectNode> users = store.createAll(EntityType.USERS, List.of(
                user("Alice Admin", "alice@sandbox.example", true, 0L, null),
                user("Bob Manager", "bob@sandbox.example", false, managersId, roleId),
                user("Carol Sales", "carol@sandbox.example", false, 0L, roleId)), List.of("0", "1", "2"));
        long admin = users.get(0).get("id").asLong();
        store.setAccount(account(admin, now), accountExtras(managers));
        defineCustomFields(store);
        ObjectNode sales = pipeline("Sales", true, "New inquiry", "Qualified", "Proposal sent", "Negotiation");
        describeFirstStage(sales);
        store.createAll(EntityType.PIPELINES, List.of(sales,
                pipeline("Partners", false, "Contacted", "Agreement")), List.of("0", "1"));
        CommerceSeed.apply(store);
        groupFields(store);
        if (withDemoEntities) {
            seedEntities(store, users, tooExpensive.get("id").asLong(), now);
        }
    }

    private static ObjectNode user(String name, String email, boolean admin, Long group, Long role) {
        ObjectNode user = Json.object().put("name", name).put("email", email).put("lang", "en");
        user.putObject("rights").put("is_admin", admin).put("group_id", group).put("role_id", role);
        return user;
    }

    /** A loss reason as the amoCRM leads reference shows it under {@code _embedded.loss_reason}. */
    private static ObjectNode lossReason(long id, String name, int sort, long at) {
        return Json.object().put("id", id).put("name", name).put("sort", sort).put("created_at", at)
                .put("updated_at", at);
    }

    /** Stage descriptions for the first regular stage, one per user level (amoCRM pipelines reference). */
    private static void describeFirstStage(ObjectNode pipeline) {
        ArrayNode descriptions = ((ObjectNode) pipeline.get("_embedded").get("statuses").get(0))
                .putArray("descriptions");
        descriptions.addObject().put("level", "newbie").put("description", "Answer within a day; ask for the budget");
        descriptions.addObject().put("level", "candidate").put("description", "Qualify the need before a call");
        descriptions.addObject().put("level", "master").put("description", "Propose a meeting at once");
    }

    /**
     * The predefined main group ({@code default}) of each entity, whose fields have {@code group_id} null as in the
     * amoCRM field examples, and the leads' dates in a "Delivery" group.
     */
    private static void groupFields(EntityStore store) {
        for (EntityType owner : List.of(EntityType.LEADS, EntityType.CONTACTS, EntityType.COMPANIES)) {
            store.customFields().defineGroup(owner, "default", "Main", true, List.of());
        }
        List<Long> dates = store.customFieldDefinitions(EntityType.LEADS).stream()
                .filter(f -> f.get("type").asText().startsWith("date")).map(f -> f.get("id").asLong()).toList();
        store.customFields().defineGroup(EntityType.LEADS, "leads_" + store.ids().nextReference(), "Delivery", false,
                dates);
    }

    private static ObjectNode account(long admin, long now) {
        ObjectNode account = Json.object();
        account.put("id", ACCOUNT_ID);
        account.put("name", "Sandbox Demo");
        account.put("subdomain", "sandbox");
        account.put("created_at", now - 400 * DAY);
        account.put("created_by", admin);
        account.put("updated_at", now - 400 * DAY);
        account.put("updated_by", admin);
        account.put("current_user_id", admin);
        account.put("country", "US");
        account.put("currency", "USD");
        account.put("currency_symbol", "$");
        account.put("customers_mode", "segments");
        account.put("is_unsorted_on", true);
        account.put("mobile_feature_version", 0);
        account.put("is_loss_reason_enabled", true);
        account.put("is_helpbot_enabled", false);
        account.put("is_technical_account", false);
        account.put("contact_name_display_order", 1);
        return account;
    }

    private static ObjectNode accountExtras(ObjectNode managers) {
        ObjectNode extras = Json.object();
        extras.put("amojo_id", "9d1c2a7e-5b3f-4c8e-a1d2-0f6b7e8c9a10");
        extras.put("uuid", "0f4a7b2c-3d5e-4f60-8a9b-1c2d3e4f5a6b");
        extras.put("version", 11);
        extras.put("drive_url", "https://drive-c.kommo.com");
        extras.put("is_api_filter_enabled", true);
        extras.putObject("invoices_settings").put("lang", "en");
        extras.putObject("amojo_rights").put("can_direct", true).put("can_create_groups", true);
        ArrayNode groups = extras.putArray("users_groups");
        groups.addObject().put("id", 0).put("name", "Sales department").putNull("uuid");
        groups.add(managers);
        ArrayNode types = extras.putArray("task_types");
        types.addObject().put("id", 1).put("name", "Follow-up").putNull("color").putNull("icon_id")
                .put("code", "FOLLOW_UP");
        types.addObject().put("id", 2).put("name", "Meeting").putNull("color").putNull("icon_id")
                .put("code", "MEETING");
        types.addObject().put("id", 2_850_001).put("name", "Send proposal").put("color", "#ffcc66").put("icon_id", 5)
                .putNull("code");
        extras.putObject("datetime_settings")
                .put("date_pattern", "m/d/Y H:i").put("short_date_pattern", "m/d/Y").put("short_time_pattern", "H:i")
                .put("date_format", "m/d/Y").put("time_format", "H:i").put("timezone", "UTC")
                .put("timezone_offset", "+00:00");
        ObjectNode leads = extras.putObject("entity_names").putObject("leads");
        ObjectNode ru = leads.putObject("ru").put("gender", "f");
        cases(ru.putObject("plural_form"), "сделкам", "сделки", "сделок", "сделки", "сделками", "сделках");
        cases(ru.putObject("singular_form"), "сделке", "сделка", "сделки", "сделку", "сделкой", "сделке");
        for (String[] language : new String[][]{{"en", "lead", "leads", "f"}, {"es", "acuerdo", "acuerdos", "m"}}) {
            ObjectNode names = leads.putObject(language[0]);
            names.putObject("singular_form").put("default", language[1]);
            names.putObject("plural_form").put("default", language[2]);
            names.put("gender", language[3]);
        }
        return extras;
    }

    /** The grammatical cases of an entity name, in the keys of the amoCRM account example. */
    private static void cases(ObjectNode form, String dative, String nominative, String genitive, String accusative,
                              String instrumental, String prepositional) {
        form.put("dative", dative).put("default", nominative).put("genitive", genitive).put("accusative", accusative)
                .put("instrumental", instrumental).put("prepositional", prepositional);
    }

    private static void defineCustomFields(EntityStore store) {
        IdSequences ids = store.ids();
        CustomFieldCatalog catalog = store.customFields();
        for (EntityType party : List.of(EntityType.CONTACTS, EntityType.COMPANIES)) {
            catalog.define(party, ids.nextField(), "Phone", "PHONE", "multitext",
                    List.of("WORK", "WORKDD", "MOB", "FAX", "HOME", "OTHER"), ids, ACCOUNT_ID);
            catalog.define(party, ids.nextField(), "Email", "EMAIL", "multitext",
                    List.of("WORK", "PRIV", "OTHER"), ids, ACCOUNT_ID);
        }
        catalog.define(EntityType.CONTACTS, ids.nextField(), "Position", "POSITION", "text", List.of(), ids,
                ACCOUNT_ID);
        catalog.define(EntityType.COMPANIES, ids.nextField(), "Web", "WEB", "url", List.of(), ids, ACCOUNT_ID);
        catalog.define(EntityType.COMPANIES, ids.nextField(), "Address", "ADDRESS", "textarea", List.of(), ids,
                ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Source", null, "select",
                List.of("Website", "Referral", "Cold call", "Exhibition"), ids, ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Comment", null, "text", List.of(), ids, ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Discount", null, "numeric", List.of(), ids, ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Expected delivery", null, "date", List.of(), ids,
                ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Paid", null, "checkbox", List.of(), ids, ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Products", null, "multiselect",
                List.of("Hardware", "Software", "Support"), ids, ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Meeting at", null, "date_time", List.of(), ids,
                ACCOUNT_ID);
        catalog.define(EntityType.LEADS, ids.nextField(), "Website", null, "url", List.of(), ids, ACCOUNT_ID);
    }

    private static ObjectNode pipeline(String name, boolean main, String... stages) {
        ObjectNode pipeline = Json.object().put("name", name).put("is_main", main);
        ArrayNode statuses = pipeline.putObject("_embedded").putArray("statuses");
        for (String stage : stages) {
            statuses.addObject().put("name", stage);
        }
        return pipeline;
    }

    private static void seedEntities(EntityStore store, List<ObjectNode> users, long lossReason, long now) {
        long bob = users.get(1).get("id").asLong();
        long carol = users.get(2).get("id").asLong();
        List<ObjectNode> companies = store.createAll(EntityType.COMPANIES, List.of(
                stamped(Json.object().put("name", "Acme Corp").put("responsible_user_id", bob)
                        .set("custom_fields_values", fields("PHONE", "+1 555 0100", "WEB", "https://acme.example")),
                        now - 60 * DAY, now - 20 * DAY),
                stamped(Json.object().put("name", "Globex LLC").put("responsible_user_id", carol)
                        .set("custom_fields_values", fields("PHONE", "+1 555 0200", "WEB", "https://globex.example")),
                        now - 50 * DAY, now - 15 * DAY)),
                List.of("0", "1"));
        long acme = companies.get(0).get("id").asLong();
        long globex = companies.get(1).get("id").asLong();
        List<ObjectNode> contacts = store.createUnchecked(EntityType.CONTACTS, List.of(
                stamped(contact("John", "Smith", "+1 555 0101", "john.smith@acme.example", acme), now - 45 * DAY,
                        now - 10 * DAY),
                stamped(contact("Maria", "Garcia", "+1 555 0201", "maria@globex.example", globex), now - 40 * DAY,
                        now - 8 * DAY),
                stamped(contact("Li", "Wei", "+86 10 5555 0300", "li.wei@example.com", null), now - 30 * DAY,
                        now - 5 * DAY)));
        long john = contacts.get(0).get("id").asLong();
        long maria = contacts.get(1).get("id").asLong();
        long li = contacts.get(2).get("id").asLong();
        long sales = store.mainPipelineId();
        List<ObjectNode> salesStages = store.statuses(sales);
        long source = store.customFieldDefinitions(EntityType.LEADS).get(0).get("id").asLong();
        long partners = store.all(EntityType.PIPELINES).stream().filter(p -> p.get("id").asLong() != sales)
                .findFirst().orElseThrow().get("id").asLong();
        long won = LeadRules.WON;
        long lost = LeadRules.LOST;
        List<ObjectNode> leads = store.createAll(EntityType.LEADS, List.of(
                lead("Website redesign", 12_000, sales, id(salesStages.get(1)), bob, now - 28 * DAY, now - 6 * DAY)
                        .linked(john, acme).source(source, "Website").tag("vip").node(),
                lead("CRM rollout", 45_000, sales, id(salesStages.get(2)), carol, now - 25 * DAY, now - 4 * DAY)
                        .linked(maria, globex).source(source, "Referral").node(),
                lead("Annual support", 8_000, sales, id(salesStages.get(3)), bob, now - 20 * DAY, now - 3 * DAY)
                        .linked(li, null).tag("renewal").node(),
                lead("Hardware order", 23_000, sales, won, carol, now - 18 * DAY, now - 2 * DAY)
                        .linked(john, acme).source(source, "Exhibition").node(),
                lead("Pilot project", 5_000, sales, lost, bob, now - 15 * DAY, now - 2 * DAY)
                        .linked(maria, null).source(source, "Cold call").node()
                        .put("loss_reason_id", lossReason),
                lead("Reseller agreement", 30_000, partners, id(store.statuses(partners).get(1)), carol,
                        now - 12 * DAY, now - DAY)
                        .linked(null, globex).source(source, "Referral").tag("partner").node()),
                List.of("0", "1", "2", "3", "4", "5"));
        store.createAll(EntityType.TASKS, List.of(
                task("Call John about the brief", 1, leads.get(0), bob, now + DAY, false, null, now - 6 * DAY),
                task("Demo for Maria's team", 2, leads.get(1), carol, now + 2 * DAY, false, null, now - 4 * DAY),
                task("Send the renewal quote", 2_850_001, leads.get(2), bob, now - DAY, true, "Quote sent by e-mail",
                        now - 3 * DAY)),
                List.of("0", "1", "2"));
    }

    private static ObjectNode stamped(ObjectNode item, long createdAt, long updatedAt) {
        return item.put("created_at", createdAt).put("updated_at", updatedAt);
    }

    private static ArrayNode fields(String... codeValuePairs) {
        ArrayNode values = Json.array();
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            values.addObject().put("field_code", codeValuePairs[i])
                    .putArray("values").addObject().put("value", codeValuePairs[i + 1]);
        }
        return values;
    }

    private static ObjectNode contact(String first, String last, String phone, String email, Long company) {
        ObjectNode contact = Json.object().put("first_name", first).put("last_name", last);
        contact.set("custom_fields_values", fields("PHONE", phone, "EMAIL", email));
        if (company != null) {
            contact.putObject("_embedded").putArray("companies").addObject().put("id", company);
        }
        return contact;
    }

    private static long id(ObjectNode node) {
        return node.get("id").asLong();
    }

    private static DemoLead lead(String name, long price, long pipeline, long status, long responsible,
                                 long createdAt, long updatedAt) {
        ObjectNode lead = Json.object().put("name", name).put("price", price).put("pipeline_id", pipeline)
                .put("status_id", status).put("responsible_user_id", responsible);
        if (status == LeadRules.WON || status == LeadRules.LOST) {
            lead.put("closed_at", updatedAt);
        }
        lead.putObject("_embedded");
        return new DemoLead(stamped(lead, createdAt, updatedAt));
    }

    /** A demo lead item being put together. */
    private record DemoLead(ObjectNode node) {

        DemoLead linked(Long contact, Long company) {
            ObjectNode embedded = (ObjectNode) node.get("_embedded");
            if (contact != null) {
                embedded.putArray("contacts").addObject().put("id", contact).put("is_main", true);
            }
            if (company != null) {
                embedded.putArray("companies").addObject().put("id", company);
            }
            return this;
        }

        DemoLead source(long field, String value) {
            node.putArray("custom_fields_values").addObject().put("field_id", field)
                    .putArray("values").addObject().put("value", value);
            return this;
        }

        DemoLead tag(String name) {
            ((ObjectNode) node.get("_embedded")).putArray("tags").addObject().put("name", name);
            return this;
        }
    }

    private static ObjectNode task(String text, long type, ObjectNode lead, long responsible, long completeTill,
                                   boolean completed, String result, long createdAt) {
        ObjectNode task = Json.object().put("text", text).put("task_type_id", type)
                .put("entity_id", lead.get("id").asLong()).put("entity_type", "leads")
                .put("responsible_user_id", responsible).put("complete_till", completeTill)
                .put("is_completed", completed);
        if (result != null) {
            task.putObject("result").put("text", result);
        }
        return stamped(task, createdAt, createdAt + (completed ? DAY : 0));
    }
}
