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
package io.github.camelkommo.state;

import java.util.function.UnaryOperator;

import org.apache.camel.spi.StateRepository;

/**
 * A {@link StateRepository} that several JVMs share and that can change one value as a single step for all of them,
 * so that two replicas updating the same key never lose one another's write. The ledger of delivered changes
 * (webhook mode) uses it when the endpoint's repository is one ({@code RedisStateRepository} of the module
 * {@code io.github.camelkommo:camel-kommo-redis}); with any other
 * repository it updates under a lock of this JVM.
 */
public interface AtomicStateRepository extends StateRepository<String, String> {

    /**
     * Replaces the key's value by {@code change} applied to it, atomically across every JVM sharing the repository.
     * {@code change} may be applied more than once (when another write came between reading and writing) and must
     * have no other effect; when it returns the value it was given, nothing is written.
     *
     * @param  change gets the current value ({@code null} when there is none), returns the new one
     * @return        the value now stored
     */
    String update(String key, UnaryOperator<String> change);
}
