package io.github.camelkommo.sandbox.store;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account's reference lists that the sandbox serves no endpoint for but that entities point to: the loss
 * reasons a lead's {@code loss_reason_id} names (shown with {@code with=loss_reason}) and the roles a user's
 * {@code rights.role_id} names (shown with {@code with=role}). Seeded with the account; fixed afterwards.
 *
 * @param lossReasons {@code {id, name, sort, created_at, updated_at}} each
 * @param roles       {@code {id, name}} each
 */
record AccountLists(List<ObjectNode> lossReasons, List<ObjectNode> roles) {

    static final AccountLists EMPTY = new AccountLists(List.of(), List.of());

    Optional<ObjectNode> lossReason(long id) {
        return byId(lossReasons, id);
    }

    Optional<ObjectNode> role(long id) {
        return byId(roles, id);
    }

    private static Optional<ObjectNode> byId(List<ObjectNode> items, long id) {
        return items.stream().filter(item -> item.get("id").asLong() == id).findFirst();
    }
}
