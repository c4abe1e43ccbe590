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
package io.github.camelkommo.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** A task (to-do with a deadline) of the Kommo CRM, attached to a lead, contact or company or to nothing. */
public class Task extends CrmEntity {

    @JsonProperty("text")
    private String text;

    @JsonProperty("complete_till")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant completeTill;

    @JsonProperty("task_type_id")
    private Long taskTypeId;

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("entity_type")
    private String entityType;

    @JsonProperty("is_completed")
    private Boolean isCompleted;

    @JsonProperty("duration")
    private Long duration;

    @JsonProperty("result")
    private TaskResult result;

    /** Task type of a follow-up call. */
    public static final long TYPE_FOLLOW_UP = 1;
    /** Task type of a meeting. */
    public static final long TYPE_MEETING = 2;

    /** What is to be done (required on create). */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The deadline (required on create; unix seconds in Kommo). */
    public Instant getCompleteTill() {
        return completeTill;
    }

    public void setCompleteTill(Instant completeTill) {
        this.completeTill = completeTill;
    }

    /** 1 follow-up, 2 meeting, or an account's own type. */
    public Long getTaskTypeId() {
        return taskTypeId;
    }

    public void setTaskTypeId(Long taskTypeId) {
        this.taskTypeId = taskTypeId;
    }

    /** The id of the lead, contact or company the task belongs to. */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** leads, contacts, companies or customers. */
    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    /** Whether the task is done. */
    public Boolean getIsCompleted() {
        return isCompleted;
    }

    public void setIsCompleted(Boolean isCompleted) {
        this.isCompleted = isCompleted;
    }

    /** Length in seconds. */
    public Long getDuration() {
        return duration;
    }

    public void setDuration(Long duration) {
        this.duration = duration;
    }

    /** The result written when the task was completed. */
    public TaskResult getResult() {
        return result;
    }

    public void setResult(TaskResult result) {
        this.result = result;
    }
}
