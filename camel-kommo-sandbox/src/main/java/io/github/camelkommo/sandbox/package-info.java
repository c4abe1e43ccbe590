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
/**
 * A strict, stateful local emulator of the Kommo API v4: {@link KommoSandbox} and its
 * inspection and fault-injection API ({@link SandboxData},
 * {@link SandboxStats}, {@link SandboxFaults},
 * {@link OAuthAuthority}, {@link WebhookDelivery}). Everything under
 * {@code internal} may change in any release.
 */
package io.github.camelkommo.sandbox;
