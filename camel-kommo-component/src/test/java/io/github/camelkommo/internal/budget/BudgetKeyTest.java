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
package io.github.camelkommo.internal.budget;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoTestSupport;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.sandbox.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** budgetKey: several accounts of one component spend one budget (Kommo's limit per IP address). */
class BudgetKeyTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setBudgetKey("one-address");
        return kommo;
    }

    @Test
    void twoAccountsUnderOneKeyShareOneBudget() throws Exception {
        String otherAccount = sandbox().baseUrl().replace("127.0.0.1", "localhost"); // another account's client
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> list("kommo:leads?operation=list"));
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> list("kommo:leads?operation=list&baseUrl=" + otherAccount));
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        List<KommoClient> clients = List.copyOf(kommo().accounts().clients());
        assertThat(clients).hasSize(2);
        assertThat(clients.get(0).budget()).isSameAs(clients.get(1).budget());
        List<RecordedRequest> sent = sandbox().stats().requests("GET", "/api/v4/leads");
        assertThat(sent).hasSize(16);
        assertThat(sandbox().stats().count(429)).isZero();
        assertThat(sandbox().stats().maxRequestsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
        // One budget: the 15th and 16th requests take places freed a second after the 8th's and 9th's answers,
        // which took the 1st's and 2nd's (over 2 s); two budgets would send 8 each within a second
        assertThat(Duration.ofNanos(sent.get(sent.size() - 1).nanoTime() - sent.get(0).nanoTime()))
                .isGreaterThan(Duration.ofMillis(1_900));
    }

    private void list(String uri) {
        for (int i = 0; i < 8; i++) {
            template.requestBody(uri, (Object) null);
        }
    }
}
