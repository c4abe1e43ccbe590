package io.github.camelkommo.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Companies: responsible user, custom fields and tags; links to contacts are kept on the contact's side. */
final class CompanyRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        long user = store.currentUserId();
        ObjectNode company = Json.object();
        company.put("id", id);
        company.put("name", "");
        company.put("responsible_user_id", user);
        company.put("group_id", 0);
        EntityRules.stampAuthorship(company, user, now);
        company.putNull("closest_task_at");
        company.put("is_deleted", false);
        company.putNull("custom_fields_values");
        company.put("account_id", store.accountId());
        company.putObject("_embedded").putArray("tags");
        return company;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        References.checkCard(item, EntityType.COMPANIES, store, violations);
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        References.applyCard(item, target, EntityType.COMPANIES, store);
    }
}
