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
package io.github.camelkommo.internal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelkommo.internal.account.AccountsOwner;
import io.github.camelkommo.internal.account.KommoAccounts;
import io.github.camelkommo.internal.budget.AccountBudget;
import io.github.camelkommo.internal.budget.BudgetStats;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.metrics.PollingStatus;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/** The Camel dev console {@code kommo}: each account's request budget and circuit, and each consumer's watermark. */
@DevConsole(name = "kommo", group = "camel", displayName = "Kommo",
            description = "Request budgets, circuits and consumer watermarks of the Kommo accounts in use")
public class KommoDevConsole extends AbstractDevConsole {

    public KommoDevConsole() {
        super("camel", "kommo", "Kommo",
                "Request budgets, circuits and consumer watermarks of the Kommo accounts in use");
    }

    /** The accounts of the component {@code kommo}, or null when the context has none. */
    private KommoAccounts accounts() {
        return getCamelContext().hasComponent("kommo") instanceof AccountsOwner kommo ? kommo.accounts() : null;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> json = doCallJson(options);
        for (Object account : (List<?>) json.get("accounts")) {
            Map<?, ?> a = (Map<?, ?>) account;
            sb.append(String.format(
                    "Account %s: %s requests, %s waited for a permit, %s x 429, %s retries, %s x 403 trips,"
                                    + " %s rejected; blocked: %s; permit every %s ms; last answer %s at %s%n",
                    a.get("account"), a.get("requests"), a.get("permitsWaited"), a.get("rateLimited"), a.get("retries"),
                    a.get("forbiddenTrips"), a.get("rejected"), a.get("blocked"), a.get("permitSpacingMillis"),
                    a.get("lastStatus"), a.get("lastAnswerAt")));
        }
        for (Object consumer : (List<?>) json.get("consumers")) {
            Map<?, ?> c = (Map<?, ?>) consumer;
            sb.append(String.format("Consumer kommo:%s: watermark %s, lag %s s%n", c.get("entity"), c.get("watermark"),
                    c.get("lagSeconds")));
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> accounts = new ArrayList<>();
        List<Map<String, Object>> consumers = new ArrayList<>();
        KommoAccounts kommo = accounts();
        if (kommo != null) {
            for (KommoClient client : kommo.clients()) {
                accounts.add(account(client));
            }
            for (PollingStatus consumer : kommo.consumers()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("entity", consumer.entity().name());
                c.put("watermark", String.valueOf(consumer.getWatermark()));
                c.put("lagSeconds", consumer.getLagSeconds());
                consumers.add(c);
            }
        }
        json.put("accounts", accounts);
        json.put("consumers", consumers);
        return json;
    }

    private static Map<String, Object> account(KommoClient client) {
        AccountBudget budget = client.budget();
        BudgetStats stats = budget.stats();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("account", client.account().name());
        a.put("requests", stats.getRequests());
        a.put("permitsWaited", stats.getPermitsWaited());
        a.put("permitWaitMillis", stats.getPermitWaitMillis());
        a.put("rateLimited", stats.getRateLimited());
        a.put("retries", stats.getRetries());
        a.put("forbiddenTrips", stats.getForbiddenTrips());
        a.put("rejected", stats.getRejected());
        a.put("blocked", budget.isBlocked());
        a.put("pausedUntil", budget.pausedUntil().toString());
        a.put("permitSpacingMillis", budget.settings().permitSpacing().toMillis());
        KommoClient.Outcome last = client.lastOutcome();
        a.put("lastStatus", last == null ? null : last.status());
        a.put("lastAnswerAt", last == null ? null : last.at().toString());
        client.tokens().expiry().ifPresent(at -> a.put("tokenExpires", at.toString()));
        a.put("oauth", client.tokens().refreshable());
        client.tokens().failure().ifPresent(f -> a.put("reauthorizationRequired", true));
        return a;
    }
}
