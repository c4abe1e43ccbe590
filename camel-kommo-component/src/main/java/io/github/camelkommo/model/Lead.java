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

/** A lead (deal) of the Kommo CRM. */
public class Lead extends CardEntity {

    @JsonProperty("price")
    private Long price;

    @JsonProperty("status_id")
    private Long statusId;

    @JsonProperty("pipeline_id")
    private Long pipelineId;

    @JsonProperty("loss_reason_id")
    private Long lossReasonId;

    @JsonProperty("closed_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant closedAt;

    @JsonProperty("score")
    private Long score;

    @JsonProperty("labor_cost")
    private Long laborCost;

    /** The deal's value in the account currency. */
    public Long getPrice() {
        return price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    /** The stage the lead is in; 142 is won, 143 is lost. */
    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    /** The pipeline the lead is in. */
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** Why a lost lead was lost. */
    public Long getLossReasonId() {
        return lossReasonId;
    }

    public void setLossReasonId(Long lossReasonId) {
        this.lossReasonId = lossReasonId;
    }

    /** When the lead was won or lost. */
    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    /** The lead's score. */
    public Long getScore() {
        return score;
    }

    public void setScore(Long score) {
        this.score = score;
    }

    /** Labour spent on the lead, in seconds. */
    public Long getLaborCost() {
        return laborCost;
    }

    public void setLaborCost(Long laborCost) {
        this.laborCost = laborCost;
    }
}
