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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A lead source of an integration: where its incoming leads come from, and the pipeline they go to. */
public class Source extends NamedModel {

    @JsonProperty("external_id")
    private String externalId;

    @JsonProperty("pipeline_id")
    private Long pipelineId;

    @JsonProperty("default")
    private Boolean isDefault;

    @JsonProperty("origin_code")
    private String originCode;

    @JsonProperty("services")
    private List<Map<String, Object>> services;

    /** The integration's own key of it: unique, fixed once made. */
    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** The pipeline its leads go to (the main one by default). */
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** Whether it is the integration's default source. */
    public Boolean getDefault() {
        return isDefault;
    }

    public void setDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    /** The code of the channel it stands for. */
    public String getOriginCode() {
        return originCode;
    }

    public void setOriginCode(String originCode) {
        this.originCode = originCode;
    }

    /** The messenger services it offers (WhatsApp pages). */
    public List<Map<String, Object>> getServices() {
        return services;
    }

    public void setServices(List<Map<String, Object>> services) {
        this.services = services;
    }
}
