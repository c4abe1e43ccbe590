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

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The repositories of the consumers' {@code stateFile}s: one per file, shared by every consumer that names it. A file
 * that cannot be written fails its consumer's start, naming the option, the path and the fix.
 */
public final class StateFiles {

    private final Map<Path, FileStateRepository> files = new ConcurrentHashMap<>();

    public FileStateRepository of(String file) {
        return files.computeIfAbsent(Path.of(file).toAbsolutePath().normalize(), path -> {
            checkWritable(file, path);
            return FileStateRepository.fileStateRepository(path.toFile());
        });
    }

    /** Creates the file's directory if need be, and fails unless the file can be created or written there. */
    private static void checkWritable(String file, Path path) {
        Path directory = path.getParent();
        String problem;
        try {
            Files.createDirectories(directory);
            if (Files.isDirectory(path)) {
                problem = path + " is a directory";
            } else if (Files.exists(path) ? !Files.isWritable(path) : !Files.isWritable(directory)) {
                problem = "permission denied on " + (Files.exists(path) ? path : directory);
            } else {
                return;
            }
        } catch (FileAlreadyExistsException e) { // a part of the directory's path is a file
            problem = e.getFile() + " is a file, not a directory";
        } catch (FileSystemException e) {
            problem = e.getFile() + ": " + e.getReason();
        } catch (IOException e) {
            problem = e.toString();
        }
        throw new IllegalArgumentException("The stateFile '" + file + "' (" + path + ") cannot be written: " + problem
                                           + ". Set stateFile to a file in a directory this process can create and "
                                           + "write, or give a stateRepository instead");
    }

    public void clear() {
        files.clear();
    }
}
