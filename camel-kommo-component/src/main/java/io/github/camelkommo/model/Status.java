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

import com.fasterxml.jackson.annotation.JsonProperty;

/** A stage of a pipeline. */
public class Status extends NamedModel {

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("is_editable")
    private Boolean isEditable;

    @JsonProperty("pipeline_id")
    private Long pipelineId;

    @JsonProperty("color")
    private String color;

    @JsonProperty("type")
    private Integer type;

    @JsonProperty("account_id")
    private Long accountId;

    /** Status id of the closed-won stage of every pipeline. */
    public static final long WON = 142;
    /** Status id of the closed-lost stage of every pipeline. */
    public static final long LOST = 143;
    /** Type of the incoming-leads stage. */
    public static final int TYPE_INCOMING = 1;

    /** Its position in the pipeline. */
    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** Whether users can edit it. */
    public Boolean getIsEditable() {
        return isEditable;
    }

    public void setIsEditable(Boolean isEditable) {
        this.isEditable = isEditable;
    }

    /** The pipeline it belongs to. */
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** Its colour, e.g. #fffeb2. */
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    /** 1 for the incoming-leads stage, 0 for the others. */
    public Integer getType() {
        return type;
    }

    public void setType(Integer type) {
        this.type = type;
    }

    /** The account it belongs to. */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
