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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account's reference lists that entities point to: the loss reasons a lead's {@code loss_reason_id} names
 * (shown with {@code with=loss_reason}, served at {@code /api/v4/leads/loss_reasons}). Seeded with the account;
 * replaced whole when a loss reason is added.
 *
 * @param lossReasons {@code {id, name, sort, created_at, updated_at}} each
 */
record AccountLists(List<ObjectNode> lossReasons) {

    static final AccountLists EMPTY = new AccountLists(List.of());

    Optional<ObjectNode> lossReason(long id) {
        return byId(lossReasons, id);
    }

    /** These lists with {@code added} loss reasons at the end. */
    AccountLists withLossReasons(List<ObjectNode> added) {
        List<ObjectNode> all = new ArrayList<>(lossReasons);
        all.addAll(added);
        return new AccountLists(List.copyOf(all));
    }

    private static Optional<ObjectNode> byId(List<ObjectNode> items, long id) {
        return items.stream().filter(item -> item.get("id").asLong() == id).findFirst();
    }
}
