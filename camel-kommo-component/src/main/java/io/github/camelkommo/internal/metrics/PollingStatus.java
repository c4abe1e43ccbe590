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
package io.github.camelkommo.internal.metrics;

import java.time.Duration;
import java.time.Instant;

import io.github.camelkommo.KommoEntity;

/**
 * What an operator sees of a polling consumer: its entity and route, its watermark and how far behind it is. The
 * meters and the dev console read consumers through this, so they depend on no consumer class.
 */
public interface PollingStatus {

    /** The entity the consumer polls. */
    KommoEntity entity();

    /** The id of the consumer's route. */
    String getRouteId();

    /** How far behind the consumer is; null while that is unknown. */
    Duration lag();

    /** {@link #lag()} in seconds, or -1 while it is unknown. */
    long getLagSeconds();

    /** The committed watermark's time; null before the first change when reading from the beginning. */
    Instant getWatermark();
}
