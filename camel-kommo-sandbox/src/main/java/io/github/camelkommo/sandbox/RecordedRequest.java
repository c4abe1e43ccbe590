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
package io.github.camelkommo.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One API request the sandbox received, as the {@link SandboxStats request log} keeps it.
 *
 * @param time     wall-clock time of arrival
 * @param nanoTime {@link System#nanoTime()} at arrival, for measuring intervals
 * @param method   HTTP method
 * @param path     raw path, for example {@code /api/v4/leads}
 * @param query    raw query string, or {@code null} when there was none
 * @param headers  request headers by lower-case name (several values joined by {@code ", "}); the Authorization
 *                 value is masked
 * @param body     the request body as UTF-8 text ({@code ""} when empty)
 * @param status   the response status; {@code 0} when the connection was dropped without an answer
 */
public record RecordedRequest(Instant time, long nanoTime, String method, String path, String query,
                              Map<String, String> headers, String body, int status) {
}
