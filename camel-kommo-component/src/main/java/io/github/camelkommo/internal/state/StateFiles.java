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
package io.github.camelkommo.internal.state;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.support.processor.state.FileStateRepository;

/** The repositories of the consumers' {@code stateFile}s: one per file, shared by every consumer that names it. */
public final class StateFiles {

    private final Map<Path, FileStateRepository> files = new ConcurrentHashMap<>();

    public FileStateRepository of(String file) {
        return files.computeIfAbsent(Path.of(file).toAbsolutePath().normalize(),
                path -> FileStateRepository.fileStateRepository(path.toFile()));
    }

    public void clear() {
        files.clear();
    }
}
