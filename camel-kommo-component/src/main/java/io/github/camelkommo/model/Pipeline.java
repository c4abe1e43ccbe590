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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A sales pipeline with its stages. */
public class Pipeline extends NamedModel {

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("is_main")
    private Boolean isMain;

    @JsonProperty("is_unsorted_on")
    private Boolean isUnsortedOn;

    @JsonProperty("is_archive")
    private Boolean isArchive;

    @JsonProperty("account_id")
    private Long accountId;

    @JsonProperty("_embedded")
    private PipelineEmbedded embedded;

    /** The pipeline's stages in their order, or an empty list when Kommo sent none. */
    public List<Status> getStatuses() {
        return embedded == null || embedded.getStatuses() == null ? List.of() : embedded.getStatuses();
    }

    /** Its position among the pipelines. */
    public Integer getSort() {
        return sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    /** Whether it is the account's main pipeline. */
    public Boolean getIsMain() {
        return isMain;
    }

    public void setIsMain(Boolean isMain) {
        this.isMain = isMain;
    }

    /** Whether it has an unsorted (incoming) list. */
    public Boolean getIsUnsortedOn() {
        return isUnsortedOn;
    }

    public void setIsUnsortedOn(Boolean isUnsortedOn) {
        this.isUnsortedOn = isUnsortedOn;
    }

    /** Whether it is archived. */
    public Boolean getIsArchive() {
        return isArchive;
    }

    public void setIsArchive(Boolean isArchive) {
        this.isArchive = isArchive;
    }

    /** The account it belongs to. */
    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    /** The pipeline's stages. */
    public PipelineEmbedded getEmbedded() {
        return embedded;
    }

    public void setEmbedded(PipelineEmbedded embedded) {
        this.embedded = embedded;
    }
}
