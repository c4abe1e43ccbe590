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
package io.github.camelkommo.maven.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Kommo account's schema as the snapshot file holds it: the custom fields of leads, contacts and companies with
 * their options and groups, the pipelines with their stages, the users, task types and loss reasons. Every list is
 * sorted by id, so a snapshot of an unchanged account is byte for byte the same file.
 *
 * @param account       the account the snapshot was read from
 * @param customFields  the custom fields per entity type ({@code leads}, {@code contacts}, {@code companies})
 * @param fieldGroups   the custom field groups (tabs) per entity type
 * @param pipelines     the lead pipelines with their stages
 * @param users         the users
 * @param taskTypes     the task types (Kommo's two built-in ones and the account's own)
 * @param lossReasons   why leads are lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"account", "customFields", "fieldGroups", "pipelines", "users", "taskTypes", "lossReasons"})
public record AccountSchema(AccountInfo account, Map<String, List<Field>> customFields,
                            Map<String, List<Group>> fieldGroups, List<Pipeline> pipelines, List<Named> users,
                            List<Named> taskTypes, List<Named> lossReasons) {

    /** The entity types whose custom fields a schema holds, in the order generated classes follow. */
    public static final List<String> CARD_ENTITIES = List.of("leads", "contacts", "companies");

    /** A schema with every list sorted by id. */
    public AccountSchema {
        customFields = sortedMap(customFields, Field::id);
        fieldGroups = sortedMap(fieldGroups, Group::id);
        pipelines = byId(pipelines, Pipeline::id);
        users = byId(users, Named::id);
        taskTypes = byId(taskTypes, Named::id);
        lossReasons = byId(lossReasons, Named::id);
    }

    /** The custom fields of an entity type; empty when it has none. */
    public List<Field> fields(String entityType) {
        return customFields.getOrDefault(entityType, List.of());
    }

    private static <T, K extends Comparable<K>> Map<String, List<T>> sortedMap(Map<String, List<T>> map,
                                                                               Function<T, K> id) {
        Map<String, List<T>> sorted = new TreeMap<>(Comparator.comparingInt(AccountSchema::entityOrder)
                .thenComparing(Comparator.naturalOrder()));
        if (map != null) {
            map.forEach((key, list) -> sorted.put(key, byId(list, id)));
        }
        return sorted;
    }

    private static int entityOrder(String entityType) {
        int index = CARD_ENTITIES.indexOf(entityType);
        return index < 0 ? CARD_ENTITIES.size() : index;
    }

    static <T, K extends Comparable<K>> List<T> byId(List<T> items, Function<T, K> id) {
        if (items == null) {
            return List.of();
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    /**
     * The account itself.
     *
     * @param id        its id
     * @param name      its name
     * @param subdomain its subdomain
     */
    public record AccountInfo(Long id, String name, String subdomain) {
    }

    /**
     * A custom field.
     *
     * @param id      its id, which values name as field_id
     * @param name    the name users see
     * @param code    its code (PHONE, EMAIL), or null as for most fields
     * @param type    text, numeric, select, multiselect, multitext, date, ...
     * @param groupId the group (tab) it is shown in; null for the main one
     * @param options the options of a select-like field, or the enum codes of a multitext field
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "code", "type", "groupId", "options"})
    public record Field(long id, String name, String code, String type, String groupId, List<Option> options) {
        public Field {
            options = options == null ? List.of() : byId(options, Option::id);
        }
    }

    /**
     * An option of a select-like field (its label), or an enum of a phone or e-mail (its code, e.g. WORK).
     *
     * @param id    its id, which values name as enum_id
     * @param value its label or code
     */
    public record Option(long id, String value) {
    }

    /**
     * A custom field group.
     *
     * @param id   its id, a string such as {@code default} or {@code leads_29741591099841}
     * @param name its name
     */
    public record Group(String id, String name) {
    }

    /**
     * A lead pipeline.
     *
     * @param id     its id
     * @param name   its name
     * @param main   whether it is the account's main pipeline
     * @param stages its stages (Kommo calls them statuses)
     */
    public record Pipeline(long id, String name, boolean main, List<Stage> stages) {
        public Pipeline {
            stages = byId(stages, Stage::id);
        }
    }

    /**
     * A stage of a pipeline.
     *
     * @param id   its id (142 is always won, 143 lost)
     * @param name its name
     * @param type 0 a regular stage, 1 the unsorted (incoming) one
     */
    public record Stage(long id, String name, Integer type) {
    }

    /**
     * Anything named by id: a user, a task type, a loss reason.
     *
     * @param id   its id
     * @param name its name
     * @param code its code where Kommo gives one (task types: FOLLOW_UP, MEETING), else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Named(long id, String name, String code) {
    }
}
