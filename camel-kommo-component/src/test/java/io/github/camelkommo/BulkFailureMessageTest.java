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

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelkommo.error.KommoValidationError;
import io.github.camelkommo.error.KommoValidationException;
import io.github.camelkommo.error.KommoWriteOutcome;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk write that Kommo refuses for the same reason in many items says so in one line per reason, with the items as
 * ranges; the exception keeps every item's error and the write's outcome.
 */
class BulkFailureMessageTest extends KommoTestSupport {

    @Test
    void twoHundredFiftyItemsRefusedAlikeAreOneLineOfTheMessage() {
        int before = sandbox().data().count("contacts");
        // contacts have no price: the strict sandbox refuses it in each item (FieldNotExpected)
        List<Map<String, Object>> contacts = IntStream.range(0, 260)
                .mapToObj(i -> Map.<String, Object>of("name", "contact " + i, "price", i)).toList();

        KommoValidationException e = failure("kommo:contacts?operation=create&batchSize=250", contacts);

        assertThat(e.getMessage()).contains(": items 0-249 price: FieldNotExpected (")
                .doesNotContain("item 0 ", "item 1 ");
        assertThat(e.getMessage().split("FieldNotExpected", -1)).as("reasons in the message").hasSize(2);
        assertThat(e.getErrors()).hasSize(250)
                .extracting(KommoValidationError::position).containsExactlyElementsOf(range(0, 250));
        assertThat(e.getErrors()).extracting(KommoValidationError::path).containsOnly("price");
        KommoWriteOutcome outcome = e.getWriteOutcome();
        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.notWritten()).containsExactlyElementsOf(range(0, 260));
        assertThat(sandbox().data().count("contacts")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void differentReasonsAreLinesOfTheirOwnAndScatteredItemsAreRanges() {
        int before = sandbox().data().count("leads");
        List<Map<String, Object>> leads = IntStream.range(0, 8).mapToObj(i -> switch (i) {
            case 0, 1, 2, 5 -> Map.<String, Object>of("name", "lead " + i, "status_id", 999_999);
            case 7 -> Map.<String, Object>of("name", "lead " + i, "price", "not a number");
            default -> Map.<String, Object>of("name", "lead " + i);
        }).toList();

        KommoValidationException e = failure("kommo:leads?operation=create", leads);

        assertThat(e.getMessage()).contains(": items 0-2, 5 status_id: ", "; item 7 price: ");
        assertThat(e.getFailedPositions()).containsExactly(0, 1, 2, 5, 7);
        assertThat(e.getErrors()).hasSize(5);
        assertThat(sandbox().data().count("leads")).as("Kommo stores nothing of a refused request").isEqualTo(before);
    }

    private KommoValidationException failure(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).as("exception of " + uri).isInstanceOf(KommoValidationException.class);
        return (KommoValidationException) exchange.getException();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
