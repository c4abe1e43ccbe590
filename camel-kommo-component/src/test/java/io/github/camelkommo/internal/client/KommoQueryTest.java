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
package io.github.camelkommo.internal.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kommo's bracket parameters, built from the Java values a route gives. */
class KommoQueryTest {

    private static String encoded(KommoQuery query) {
        return KommoRequest.get("leads", query.entries()).pathAndQuery();
    }

    @Test
    void aListOfMapsIsIndexedBracketsNotItsToString() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("statuses", List.of(Map.of("pipeline_id", 7), Map.of("status_id", 142)));
        assertThat(encoded(new KommoQuery().filters(filters)))
                .isEqualTo("/api/v4/leads?filter[statuses][0][pipeline_id]=7&filter[statuses][1][status_id]=142");
    }

    @Test
    void scalarsOfAListRepeatWithEmptyBrackets() {
        assertThat(encoded(new KommoQuery().filters(Map.of("id", new Object[]{1, 2}))))
                .isEqualTo("/api/v4/leads?filter[id][]=1&filter[id][]=2");
    }

    @Test
    void dottedKeysNestAndInstantsAreUnixSeconds() {
        assertThat(encoded(new KommoQuery().filters(Map.of("updated_at.from", Instant.ofEpochSecond(1_700_000_000L)))))
                .isEqualTo("/api/v4/leads?filter[updated_at][from]=1700000000");
    }

    @Test
    void booleansGoOutAsOneAndZero() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("is_completed", false);
        filters.put("is_main", "true");
        assertThat(encoded(new KommoQuery().filters(filters)))
                .isEqualTo("/api/v4/leads?filter[is_completed]=0&filter[is_main]=1");
    }

    @Test
    void anOrderThatIsNotFieldAndDirectionFailsNamingTheForm() {
        assertThatThrownBy(() -> new KommoQuery().order("updated_at:sideways"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asc or desc");
    }
}
