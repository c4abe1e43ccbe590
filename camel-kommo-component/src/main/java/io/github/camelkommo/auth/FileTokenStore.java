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
package io.github.camelkommo.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps each account's tokens in a JSON file of its own in one directory: the default store. Every write goes to a
 * temporary file that is flushed to disk and then atomically renamed over the old one, so a crash leaves either the
 * old pair or the new one, never half a file. The directory and files are readable by their owner only (on file
 * systems with POSIX permissions). Compare-and-set and claims hold a lock file of the directory, so several processes
 * on one machine may share the directory; replicas on several machines need a shared store such as
 * {@link JdbcTokenStore}.
 */
public final class FileTokenStore implements KommoTokenStore {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReentrantLock local = new ReentrantLock();

    /** A store in {@code directory}, created (owner-only) when missing. */
    public FileTokenStore(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The default directory: {@code ~/.camel-kommo/tokens}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".camel-kommo", "tokens");
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Optional<KommoTokens> load(String key) {
        return locked(() -> read(key).map(FileTokenStore::tokensOf));
    }

    @Override
    public boolean compareAndSet(String key, String expectedRefreshToken, KommoTokens next) {
        return locked(() -> {
            Optional<JsonNode> stored = read(key);
            String current = stored.map(n -> n.path("refresh_token").asText(null)).orElse(null);
            if (expectedRefreshToken == null ? stored.isPresent() : !expectedRefreshToken.equals(current)) {
                return false;
            }
            ObjectNode node = mapper.createObjectNode();
            node.put("key", key);
            node.put("access_token", next.accessToken());
            node.put("refresh_token", next.refreshToken());
            node.put("expires_at", next.expiresAt().toEpochMilli());
            node.put("domain", next.domain());
            write(key, node);
            return true;
        });
    }

    @Override
    public boolean claim(String key, String refreshToken, String owner, Instant until) {
        return locked(() -> {
            Optional<JsonNode> stored = read(key);
            if (stored.isEmpty() || !refreshToken.equals(stored.get().path("refresh_token").asText(null))) {
                return false;
            }
            ObjectNode node = (ObjectNode) stored.get();
            String holder = node.path("claim_owner").asText(null);
            long holderUntil = node.path("claim_until").asLong(0);
            if (holder != null && !holder.equals(owner) && holderUntil > System.currentTimeMillis()) {
                return false;
            }
            node.put("claim_owner", owner);
            node.put("claim_until", until.toEpochMilli());
            write(key, node);
            return true;
        });
    }

    private static KommoTokens tokensOf(JsonNode node) {
        return new KommoTokens(node.path("access_token").asText(null), node.path("refresh_token").asText(),
                Instant.ofEpochMilli(node.path("expires_at").asLong(0)), node.path("domain").asText(null));
    }

    private Optional<JsonNode> read(String key) throws IOException {
        Path file = fileOf(key);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode node = mapper.readTree(Files.readAllBytes(file));
        return node == null || !node.has("refresh_token") ? Optional.empty() : Optional.of(node);
    }

    private void write(String key, JsonNode node) throws IOException {
        Path file = fileOf(key);
        Path temp = directory.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (FileChannel channel = FileChannel.open(temp,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                fileAttributes(OWNER_FILE))) {
            channel.write(ByteBuffer.wrap(mapper.writeValueAsBytes(node)));
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true); // the rename itself reaches the disk
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            // directories cannot be opened on every platform
        }
    }

    private Path fileOf(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve("kommo-" + HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Action<T> {
        T run() throws IOException;
    }

    /** Runs under this store's lock and the directory's lock file, so other processes sharing it wait. */
    private <T> T locked(Action<T> action) {
        local.lock();
        try {
            createDirectory();
            try (FileChannel channel = FileChannel.open(directory.resolve(".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), fileAttributes(OWNER_FILE));
                    FileLock lock = channel.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Kommo token store in " + directory + " failed: " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory, fileAttributes(OWNER_DIR));
        } catch (FileAlreadyExistsException raced) {
            // another process made it
        }
    }

    private FileAttribute<?>[] fileAttributes(Set<PosixFilePermission> permissions) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(permissions)}
                     : new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + directory + "]";
    }

}
