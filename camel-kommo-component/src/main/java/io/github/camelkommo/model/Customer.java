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

/** A customer of the Kommo CRM: someone who buys periodically, with transactions, segments and a status. */
public class Customer extends CardEntity {

    @JsonProperty("next_price")
    private Long nextPrice;

    @JsonProperty("next_date")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant nextDate;

    @JsonProperty("status_id")
    private Long statusId;

    @JsonProperty("periodicity")
    private Integer periodicity;

    @JsonProperty("ltv")
    private Long ltv;

    @JsonProperty("purchases_count")
    private Integer purchasesCount;

    @JsonProperty("average_check")
    private Long averageCheck;

    /** The expected value of the next purchase. */
    public Long getNextPrice() {
        return nextPrice;
    }

    public void setNextPrice(Long nextPrice) {
        this.nextPrice = nextPrice;
    }

    /** When the next purchase is expected (unix seconds in Kommo). */
    public Instant getNextDate() {
        return nextDate;
    }

    public void setNextDate(Instant nextDate) {
        this.nextDate = nextDate;
    }

    /** The customer status it has (periodic purchases mode). */
    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    /** How many days apart its purchases are expected. */
    public Integer getPeriodicity() {
        return periodicity;
    }

    public void setPeriodicity(Integer periodicity) {
        this.periodicity = periodicity;
    }

    /** The sum of its transactions (read only). */
    public Long getLtv() {
        return ltv;
    }

    public void setLtv(Long ltv) {
        this.ltv = ltv;
    }

    /** How many transactions it has (read only). */
    public Integer getPurchasesCount() {
        return purchasesCount;
    }

    public void setPurchasesCount(Integer purchasesCount) {
        this.purchasesCount = purchasesCount;
    }

    /** The mean value of its transactions (read only). */
    public Long getAverageCheck() {
        return averageCheck;
    }

    public void setAverageCheck(Long averageCheck) {
        this.averageCheck = averageCheck;
    }
}
