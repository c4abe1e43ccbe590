package io.github.camelkommo.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Users (written through {@code SandboxData} only): name, email, lang and rights; new users are active admins. */
final class UserRules implements EntityRules {

    @Override
    public ObjectNode template(long id, long now, EntityStore store) {
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("name", "");
        user.put("email", "user" + id + "@sandbox.example");
        user.put("lang", "en");
        ObjectNode rights = user.putObject("rights");
        for (String entity : new String[] {"leads", "contacts", "companies"}) {
            rights.putObject(entity).put("view", "A").put("edit", "A").put("add", "A").put("delete", "A")
                    .put("export", "A");
        }
        rights.putObject("tasks").put("edit", "A").put("delete", "A");
        rights.put("mail_access", true);
        rights.put("catalog_access", true);
        rights.putArray("status_rights");
        rights.put("is_admin", true);
        rights.put("is_free", false);
        rights.put("is_active", true);
        rights.putNull("group_id");
        rights.putNull("role_id");
        return user;
    }

    @Override
    public void check(ObjectNode item, ObjectNode existing, EntityStore store, Violations violations) {
        // users reference nothing
    }

    @Override
    public void apply(ObjectNode item, ObjectNode target, ObjectNode previous, EntityStore store) {
        if (item.hasNonNull("rights")) {
            ((ObjectNode) target.get("rights")).setAll((ObjectNode) item.get("rights"));
        }
    }
}
