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
package io.github.camelkommo.maven.naming;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.AccountSchema.Field;
import io.github.camelkommo.maven.schema.AccountSchema.Named;
import io.github.camelkommo.maven.schema.AccountSchema.Option;
import io.github.camelkommo.maven.schema.AccountSchema.Pipeline;
import io.github.camelkommo.maven.schema.AccountSchema.Stage;

/**
 * The Java names of everything in a schema, the one place they are decided (the generator writes them, the diff
 * looks for them in the code). Names follow {@link JavaNames}; within each generated class they are claimed in id
 * order through a {@link NameScope}, so the same schema always gives the same names.
 */
public final class SchemaNames {

    /** The generated class holding the custom fields of each entity type. */
    public static final Map<String, String> FIELD_CLASSES = Map.of(
            "leads", "LeadFields", "contacts", "ContactFields", "companies", "CompanyFields");
    /** The generated class of the pipelines and their stages. */
    public static final String PIPELINES = "Pipelines";
    /** The generated class of the users' ids. */
    public static final String USERS = "Users";
    /** The generated class of the task types' ids. */
    public static final String TASK_TYPES = "TaskTypes";
    /** The generated class of the loss reasons' ids. */
    public static final String LOSS_REASONS = "LossReasons";

    private final Map<String, Map<Long, String>> fieldConstants = new HashMap<>();
    private final Map<String, Map<Long, String>> fieldClasses = new HashMap<>();
    private final Map<Long, Map<Long, String>> optionConstants = new HashMap<>();
    private final Map<Long, String> pipelineConstants;
    private final Map<Long, String> pipelineClasses = new HashMap<>();
    private final Map<Long, Map<Long, String>> stageConstants = new HashMap<>();
    private final Map<Long, String> users;
    private final Map<Long, String> taskTypes;
    private final Map<Long, String> lossReasons;

    /** The names of everything in a schema. */
    public SchemaNames(AccountSchema schema) {
        for (String entity : AccountSchema.CARD_ENTITIES) {
            String outer = FIELD_CLASSES.get(entity);
            List<Field> fields = schema.fields(entity);
            fieldConstants.put(entity, constants(fields, Field::id, f -> f.name(), "FIELD_"));
            NameScope classes = new NameScope(outer);
            Map<Long, String> nested = new LinkedHashMap<>();
            for (Field field : fields) {
                if (!field.options().isEmpty()) {
                    nested.put(field.id(), classes.claim(JavaNames.className(field.name(), "Field" + field.id())
                                                         + "Field",
                            field.id()));
                    optionConstants.put(field.id(), constants(field.options(), Option::id, Option::value, "OPTION_"));
                }
            }
            fieldClasses.put(entity, nested);
        }
        pipelineConstants = constants(schema.pipelines(), Pipeline::id, Pipeline::name, "PIPELINE_");
        NameScope classes = new NameScope(PIPELINES);
        for (Pipeline pipeline : schema.pipelines()) {
            pipelineClasses.put(pipeline.id(), classes.claim(JavaNames.className(pipeline.name(),
                    "Pipeline" + pipeline.id()) + "Pipeline", pipeline.id()));
            stageConstants.put(pipeline.id(), constants(pipeline.stages(), Stage::id, Stage::name, "STAGE_"));
        }
        users = constants(schema.users(), Named::id, Named::name, "USER_");
        taskTypes = constants(schema.taskTypes(), Named::id, n -> n.code() != null ? n.code() : n.name(), "TASK_TYPE_");
        lossReasons = constants(schema.lossReasons(), Named::id, Named::name, "LOSS_REASON_");
    }

    private static <T> Map<Long, String> constants(List<T> items, ToLongFunction<T> id,
                                                   Function<T, String> name, String fallback) {
        NameScope scope = new NameScope();
        Map<Long, String> names = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparingLong(id)).forEach(item -> {
            long itemId = id.applyAsLong(item);
            names.put(itemId, scope.claim(JavaNames.constant(name.apply(item), fallback + itemId), itemId));
        });
        return names;
    }

    /** The constant of a custom field in its entity's class ({@code BUDGET}). */
    public String field(String entity, long fieldId) {
        return fieldConstants.get(entity).get(fieldId);
    }

    /** The nested class of a field with options ({@code SourceField}), or null for a field without. */
    public String fieldClass(String entity, long fieldId) {
        return fieldClasses.get(entity).get(fieldId);
    }

    /** The constant of an option of a field ({@code WEB}). */
    public String option(long fieldId, long optionId) {
        return optionConstants.get(fieldId).get(optionId);
    }

    /** The constant of a pipeline in {@code Pipelines} ({@code SALES}). */
    public String pipeline(long pipelineId) {
        return pipelineConstants.get(pipelineId);
    }

    /** The nested class of a pipeline ({@code SalesPipeline}). */
    public String pipelineClass(long pipelineId) {
        return pipelineClasses.get(pipelineId);
    }

    /** The constant of a stage in its pipeline's class ({@code QUALIFIED}). */
    public String stage(long pipelineId, long stageId) {
        return stageConstants.get(pipelineId).get(stageId);
    }

    /** The constant of a user in {@code Users}. */
    public String user(long id) {
        return users.get(id);
    }

    /** The constant of a task type in {@code TaskTypes}: from its code where it has one, else its name. */
    public String taskType(long id) {
        return taskTypes.get(id);
    }

    /** The constant of a loss reason in {@code LossReasons}. */
    public String lossReason(long id) {
        return lossReasons.get(id);
    }
}
