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
package io.github.camelkommo.sandbox.internal.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events' {@code filter[value_after]} and {@code filter[value_before]} as the amoCRM events reference documents them:
 * {@code [leads_statuses][N][pipeline_id]} with {@code [N][status_id]} (the event's {@code lead_status} is one of the
 * pairs; both halves required) and {@code [responsible_user_id]=1,2} (the event's {@code responsible_user} is one of
 * the users). The reference's other values ({@code customers_statuses}, {@code custom_field_values}, {@code value})
 * concern events the sandbox does not record; their keys are unknown filters (400).
 */
final class EventValueFilter {

    private static final Pattern STATUS = Pattern.compile("\\[leads_statuses]\\[(\\d+)]\\[(pipeline_id|status_id)]");

    private EventValueFilter() {
    }

    /** The predicate of {@code filter[<field>]...} over the event's {@code <field>} array (null when not given). */
    static Optional<Predicate<ObjectNode>> parse(String field, QueryParams params) {
        String prefix = "filter[" + field + "]";
        List<long[]> pairs = FilterParams.statusPairs(params,
                Pattern.compile(Pattern.quote(prefix) + STATUS.pattern()), prefix + "[leads_statuses]");
        Set<Long> users = new HashSet<>();
        for (String value : params.listValues(prefix + "[responsible_user_id]")) {
            for (String user : value.split(",")) {
                users.add(FilterParams.number(prefix + "[responsible_user_id]", user));
            }
        }
        List<Predicate<ObjectNode>> all = new ArrayList<>();
        if (!pairs.isEmpty()) {
            all.add(event -> first(event, field, "lead_status").map(s -> pairs.stream().anyMatch(
                    p -> p[0] == s.path("pipeline_id").asLong() && p[1] == s.path("id").asLong())).orElse(false));
        }
        if (!users.isEmpty()) {
            all.add(event -> first(event, field, "responsible_user")
                    .map(u -> users.contains(u.path("id").asLong())).orElse(false));
        }
        return all.stream().reduce(Predicate::and);
    }

    private static Optional<JsonNode> first(ObjectNode event, String field, String key) {
        JsonNode value = event.path(field).path(0).path(key);
        return value.isObject() ? Optional.of(value) : Optional.empty();
    }
}
