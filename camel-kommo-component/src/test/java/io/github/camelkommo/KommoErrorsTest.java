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
package io.github.camelkommo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.error.KommoAuthenticationException;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.error.KommoPaymentRequiredException;
import io.github.camelkommo.error.KommoRateLimitException;
import io.github.camelkommo.error.KommoServerException;
import io.github.camelkommo.error.KommoValidationError;
import io.github.camelkommo.error.KommoValidationException;
import io.github.camelkommo.error.KommoWriteOutcome;
import io.github.camelkommo.model.Lead;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Kommo's errors arrive as typed exceptions with Kommo's details, and a failed write says what was written. */
class KommoErrorsTest extends KommoTestSupport {

    @Override
    protected KommoComponent createKommoComponent() {
        KommoComponent kommo = super.createKommoComponent();
        kommo.setMaxRetries(0);
        return kommo;
    }

    private Exception failure(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).as("exception of " + uri).isNotNull();
        return exchange.getException();
    }

    @Test
    void wrongTokenIsAnAuthenticationError() {
        Exception e = failure("kommo:leads?operation=list&accessToken=RAW(not-the-token)", null);

        assertThat(e).isInstanceOf(KommoAuthenticationException.class);
        KommoAuthenticationException auth = (KommoAuthenticationException) e;
        assertThat(auth.getStatusCode()).isEqualTo(401);
        assertThat(auth.getTitle()).isEqualTo("Unauthorized");
        assertThat(auth.getMessage()).contains("GET /api/v4/leads").doesNotContain("not-the-token");
    }

    @Test
    void anUnpaidAccountIsAPaymentErrorAndDoesNotStopTheAccount() {
        sandbox().setPaymentRequired(true);

        Exception e = failure("kommo:leads?operation=list", null);

        assertThat(e).isInstanceOf(KommoPaymentRequiredException.class);
        assertThat(((KommoPaymentRequiredException) e).getDetail()).isEqualTo("Payment required");
        assertThat(kommo().accounts().clients().get(0).budget().isBlocked()).isFalse();
    }

    @Test
    void anEntityItsModelCannotBindNamesTheEntityIdAndField() {
        long id = sandbox().data().list("leads").get(0).get("id").asLong();
        sandbox().data().overwrite("leads", id, JsonNodeFactory.instance.objectNode()
                .set("price", JsonNodeFactory.instance.objectNode().put("amount", 5)));

        Exception e = failure("kommo:leads?operation=get&entityId=" + id, null);

        assertThat(e).isInstanceOf(KommoBindingException.class);
        KommoBindingException binding = (KommoBindingException) e;
        assertThat(binding.getEntity()).isEqualTo("leads");
        assertThat(binding.getEntityId()).isEqualTo(id);
        assertThat(binding.getPath()).isEqualTo("price");
        assertThat(binding.getMessage()).contains("leads").contains("id " + id).contains("'price'");
        assertThat(binding.getJson()).contains("\"amount\":5");
        String raw = template.requestBody("kommo:leads?operation=get&rawJson=true&entityId=" + id, null, String.class);
        assertThat(raw).as("rawJson still reads it").contains("\"amount\":5");
    }

    @Test
    void validationErrorNamesTheInputPositionAndFieldAndStoresNothing() {
        int before = sandbox().data().count("leads");
        List<Map<String, Object>> leads = List.of(Map.of("name", "ok"), Map.of("name", "bad", "status_id", 999999),
                Map.of("name", "ok too"));

        Exception e = failure("kommo:leads?operation=create", leads);

        assertThat(e).isInstanceOf(KommoValidationException.class);
        KommoValidationException validation = (KommoValidationException) e;
        assertThat(validation.getStatusCode()).isEqualTo(400);
        assertThat(validation.getFailedPositions()).containsExactly(1);
        assertThat(validation.getErrors()).extracting(KommoValidationError::path).contains("status_id");
        assertThat(validation.getMessage()).contains("item 1 status_id");
        assertThat(sandbox().data().count("leads")).isEqualTo(before);
    }

    @Test
    void validationFailureInTheThirdChunkReportsInputPositionsAndWhatWasWritten() {
        int before = sandbox().data().count("leads");
        List<Map<String, Object>> leads = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            leads.add(i == 5 ? Map.of("name", "lead " + i, "price", "not a number") : Map.of("name", "lead " + i));
        }

        Exception e = failure("kommo:leads?operation=create&batchSize=2", leads);

        KommoValidationException validation = (KommoValidationException) e;
        assertThat(validation.getFailedPositions()).containsExactly(5);
        KommoWriteOutcome outcome = validation.getWriteOutcome();
        assertThat(outcome.written()).hasSize(4);
        assertThat(outcome.written()).extracting(l -> ((Lead) l).getName())
                .containsExactly("lead 0", "lead 1", "lead 2", "lead 3");
        assertThat(outcome.notWritten()).containsExactly(4, 5, 6);
        assertThat(outcome.uncertain()).isEmpty();
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 4);
        assertThat(sandbox().stats().requests("POST", "/api/v4/leads")).hasSize(3);
    }

    @Test
    void rateLimitCarriesKommosRetryAfter() {
        sandbox().faults().rateLimitNext(1, 17);

        Exception e = failure("kommo:leads?operation=list", null);

        assertThat(e).isInstanceOf(KommoRateLimitException.class);
        assertThat(((KommoRateLimitException) e).getRetryAfter()).isEqualTo(Duration.ofSeconds(17));
        assertThat(((KommoRateLimitException) e).getStatusCode()).isEqualTo(429);
    }

    @Test
    void serverErrorOnAWriteSaysTheChunkIsUncertain() {
        sandbox().faults().timeoutAfterWrite(1, "POST", "/api/v4/leads");
        int before = sandbox().data().count("leads");

        Exception e = failure("kommo:leads?operation=create", List.of(Map.of("name", "a"), Map.of("name", "b")));

        assertThat(e).isInstanceOf(KommoServerException.class);
        assertThat(((KommoServerException) e).getStatusCode()).isEqualTo(504);
        KommoWriteOutcome outcome = ((KommoServerException) e).getWriteOutcome();
        assertThat(outcome.uncertain()).containsExactly(0, 1);
        assertThat(outcome.written()).isEmpty();
        assertThat(e.getMessage()).contains("2 uncertain at input positions 0-1");
        assertThat(sandbox().data().count("leads")).isEqualTo(before + 2);
    }
}
