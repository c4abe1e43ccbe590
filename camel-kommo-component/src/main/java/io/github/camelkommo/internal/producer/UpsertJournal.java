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
package io.github.camelkommo.internal.producer;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.IdempotentRepository;

/**
 * An upsert's write journal in a Camel {@link IdempotentRepository}: each item's keys are added before its chunk is
 * sent ("sent, outcome unknown"), confirmed once Kommo stored it, and removed when Kommo refused the chunk (a
 * validation error stores nothing). A timeout, a lost connection or a 5xx leaves them added: a re-run of the batch
 * looks those items up again before it creates anything.
 */
final class UpsertJournal implements WriteHandler.Journal {

    private final IdempotentRepository repository;
    private final String batchKey;
    private final List<Set<String>> keys;

    /**
     * @param batchKey what the keys are of: the entity and matchBy
     * @param keys     the keys of each item written, in the order written
     */
    UpsertJournal(IdempotentRepository repository, String batchKey, List<Set<String>> keys) {
        this.repository = repository;
        this.batchKey = batchKey;
        this.keys = keys;
    }

    /** The journal's key of an item's key. */
    static String entry(String batchKey, String key) {
        return batchKey + ":" + key;
    }

    @Override
    public void sending(int start, int end) {
        for (int i = start; i < end; i++) {
            keys.get(i).forEach(key -> repository.add(entry(batchKey, key)));
        }
    }

    @Override
    public void written(int start, int end, JsonNode[] results) {
        for (int i = start; i < end; i++) {
            keys.get(i).forEach(key -> repository.confirm(entry(batchKey, key)));
        }
    }

    @Override
    public void refused(int start, int end) {
        for (int i = start; i < end; i++) {
            keys.get(i).forEach(key -> repository.remove(entry(batchKey, key)));
        }
    }
}
