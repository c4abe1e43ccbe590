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
package io.github.camelkommo.internal.client;

/** Told of every request a {@link KommoClient} sent and how it ended; metrics and health checks listen. */
@FunctionalInterface
public interface KommoRequestListener {

    /**
     * @param request the request
     * @param status  the HTTP status Kommo answered, or 0 when no answer came
     * @param nanos   how long the exchange took, from sending to the parsed answer
     */
    void onResponse(KommoRequest request, int status, long nanos);
}
