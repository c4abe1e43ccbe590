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
package io.github.camelkommo.maven.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import io.github.camelkommo.maven.naming.SchemaNames;
import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.AccountSchema.Field;
import io.github.camelkommo.maven.schema.AccountSchema.Named;
import io.github.camelkommo.maven.schema.AccountSchema.Option;
import io.github.camelkommo.maven.schema.AccountSchema.Pipeline;
import io.github.camelkommo.maven.schema.AccountSchema.Stage;

/**
 * Compares a committed snapshot with the live account, item by item by id: a custom field, option, pipeline, stage,
 * user, task type or loss reason that is gone (or was recreated under another id), renamed, or (fields) changed
 * type is a breaking change; one that is new is not. Each change names the generated constant the code would use,
 * with the snapshot's names.
 */
public final class SchemaDiff {

    private final AccountSchema committed;
    private final AccountSchema live;
    private final SchemaNames names;
    private final List<SchemaChange> changes = new ArrayList<>();

    private SchemaDiff(AccountSchema committed, AccountSchema live) {
        this.committed = committed;
        this.live = live;
        this.names = new SchemaNames(committed);
    }

    /** The changes from the committed snapshot to the live account, breaking ones first. */
    public static List<SchemaChange> between(AccountSchema committed, AccountSchema live) {
        SchemaDiff diff = new SchemaDiff(committed, live);
        diff.fields();
        diff.pipelines();
        diff.named("user", SchemaNames.USERS, committed.users(), live.users(), diff.names::user);
        diff.named("task type", SchemaNames.TASK_TYPES, committed.taskTypes(), live.taskTypes(), diff.names::taskType);
        diff.named("loss reason", SchemaNames.LOSS_REASONS, committed.lossReasons(), live.lossReasons(),
                diff.names::lossReason);
        List<SchemaChange> sorted = new ArrayList<>(diff.changes);
        sorted.sort((a, b) -> Boolean.compare(b.breaking(), a.breaking()));
        return sorted;
    }

    private void fields() {
        for (String entity : AccountSchema.CARD_ENTITIES) {
            String owner = SchemaNames.FIELD_CLASSES.get(entity);
            Map<Long, Field> now = byId(live.fields(entity), Field::id);
            for (Field was : committed.fields(entity)) {
                String ref = owner + "." + names.field(entity, was.id());
                String what = entity + " field \"" + was.name() + "\" (id " + was.id() + ")";
                Field is = now.remove(was.id());
                if (is == null) {
                    removed(what, ref, was.name(), was.name(), live.fields(entity), Field::name, Field::id);
                    continue;
                }
                renamed(what, ref, was.name(), is.name(), true);
                if (!Objects.equals(was.type(), is.type())) {
                    changes.add(new SchemaChange(true, what + " changed type from " + was.type() + " to " + is.type(),
                            ref, was.name()));
                }
                options(what, ref, was, is);
            }
            now.values().forEach(f -> changes.add(new SchemaChange(false, "new " + entity + " field \"" + f.name()
                                                                          + "\" (id " + f.id() + ", " + f.type() + ")",
                    null, null)));
        }
    }

    private void options(String field, String ref, Field was, Field is) {
        Map<Long, Option> now = byId(is.options(), Option::id);
        for (Option option : was.options()) {
            String optionRef = ref + "." + names.option(was.id(), option.id());
            String what = "option \"" + option.value() + "\" (id " + option.id() + ") of " + field;
            Option current = now.remove(option.id());
            if (current == null) {
                removed(what, optionRef, option.value(), option.value(), is.options(), Option::value, Option::id);
            } else {
                renamed(what, optionRef, option.value(), current.value(), true);
            }
        }
        now.values().forEach(o -> changes.add(new SchemaChange(false, "new option \"" + o.value() + "\" (id "
                                                                      + o.id() + ") of " + field,
                null, null)));
    }

    private void pipelines() {
        Map<Long, Pipeline> now = byId(live.pipelines(), Pipeline::id);
        for (Pipeline was : committed.pipelines()) {
            String ref = SchemaNames.PIPELINES + "." + names.pipeline(was.id());
            String what = "pipeline \"" + was.name() + "\" (id " + was.id() + ")";
            Pipeline is = now.remove(was.id());
            if (is == null) {
                removed(what, ref, was.name(), null, live.pipelines(), Pipeline::name, Pipeline::id);
                continue;
            }
            renamed(what, ref, was.name(), is.name(), false);
            Map<Long, Stage> stages = byId(is.stages(), Stage::id);
            for (Stage stage : was.stages()) {
                String stageRef = ref + "." + names.stage(was.id(), stage.id());
                String stageWhat = "stage \"" + stage.name() + "\" (id " + stage.id() + ") of " + what;
                Stage current = stages.remove(stage.id());
                if (current == null) {
                    removed(stageWhat, stageRef, stage.name(), null, is.stages(), Stage::name, Stage::id);
                } else {
                    renamed(stageWhat, stageRef, stage.name(), current.name(), false);
                }
            }
            stages.values().forEach(s -> changes.add(new SchemaChange(false, "new stage \"" + s.name() + "\" (id "
                                                                             + s.id() + ") of " + what,
                    null, null)));
        }
        now.values().forEach(p -> changes.add(new SchemaChange(false, "new pipeline \"" + p.name() + "\" (id "
                                                                      + p.id() + ")",
                null, null)));
    }

    private void named(String kind, String owner, List<Named> committedItems, List<Named> liveItems,
                       LongFunction<String> constant) {
        Map<Long, Named> now = byId(liveItems, Named::id);
        for (Named was : committedItems) {
            String ref = owner + "." + constant.apply(was.id());
            String what = kind + " \"" + was.name() + "\" (id " + was.id() + ")";
            Named is = now.remove(was.id());
            if (is == null) {
                removed(what, ref, was.name(), null, liveItems, Named::name, Named::id);
            } else {
                renamed(what, ref, was.name(), is.name(), false);
            }
        }
        now.values().forEach(n -> changes.add(new SchemaChange(false, "new " + kind + " \"" + n.name() + "\" (id "
                                                                      + n.id() + ")",
                null, null)));
    }

    /** A removed item; when one of the same name exists under another id, it was recreated. */
    private <T> void removed(String what, String ref, String wasName, String name, List<T> liveItems,
                             Function<T, String> itemName, ToLongFunction<T> id) {
        String recreated = liveItems.stream().filter(i -> wasName.equalsIgnoreCase(itemName.apply(i)))
                .map(i -> String.valueOf(id.applyAsLong(i))).collect(Collectors.joining(", "));
        changes.add(new SchemaChange(true, what + (recreated.isEmpty() ? " was removed"
                                                                       : " was removed and recreated with id "
                                                                         + recreated
                                                                         + " (the id in the code is stale)"),
                ref, name));
    }

    /** A renamed item; custom fields and options are also given by name in code, the others are not. */
    private void renamed(String what, String ref, String was, String is, boolean byName) {
        if (!Objects.equals(was, is)) {
            changes.add(new SchemaChange(true, what + " was renamed to \"" + is + "\"", ref, byName ? was : null));
        }
    }

    private static <T> Map<Long, T> byId(List<T> items, ToLongFunction<T> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.applyAsLong(item), item));
        return map;
    }
}
