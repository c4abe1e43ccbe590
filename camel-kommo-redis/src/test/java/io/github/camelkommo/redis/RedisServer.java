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
package io.github.camelkommo.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * A real {@code redis-server} on a free loopback port, with no persistence, for the tests of what replicas share
 * through Redis. It is the {@code redis-server} on the PATH when there is one, otherwise the one the test dependency
 * {@code com.github.codemonstur:embedded-redis:1.4.3} ships for this machine (Redis 6.2 for Linux x86-64 and arm64,
 * macOS x86-64 and arm64), extracted once to a temporary file: nothing needs to be installed. It can be stopped and
 * started again on the same port.
 */
public final class RedisServer implements AutoCloseable {

    /** The binaries in the embedded-redis jar, by {@code os.name} and {@code os.arch}. */
    private static final String LINUX_X86_64 = "redis-server-6.2.6-v5-linux-amd64";
    private static final String LINUX_ARM64 = "redis-server-6.2.7-linux-arm64";
    private static final String MACOS_X86_64 = "redis-server-6.2.6-v5-darwin-amd64";
    private static final String MACOS_ARM64 = "redis-server-6.2.6-v5-darwin-arm64";
    private static String executable;

    private final int port;
    private final String password;
    private Process process;

    /** Starts a server; {@code password} null for none. */
    public RedisServer(String password) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.password = password;
        start();
    }

    /** The redis-server to run: the one on the PATH, or the embedded-redis binary for this machine. */
    static synchronized String executable() throws IOException {
        if (executable == null) {
            Optional<String> installed = onPath();
            executable = installed.isPresent() ? installed.get() : extracted();
        }
        return executable;
    }

    private static Optional<String> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "redis-server")).filter(Files::isExecutable).map(Path::toString)
                .findFirst();
    }

    private static String extracted() throws IOException {
        String name = binary(System.getProperty("os.name"), System.getProperty("os.arch"));
        Path file = Files.createTempFile("redis-server-", "");
        file.toFile().deleteOnExit();
        try (InputStream in = RedisServer.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("No " + name + " on the class path: the test dependency "
                                      + "com.github.codemonstur:embedded-redis:1.4.3 ships it");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("Cannot make " + file + " executable");
        }
        return file.toString();
    }

    /** The binary of embedded-redis for this operating system and architecture. */
    static String binary(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        boolean x86 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.contains("linux") && (arm || x86)) {
            return arm ? LINUX_ARM64 : LINUX_X86_64;
        }
        if (os.contains("mac") && (arm || x86)) {
            return arm ? MACOS_ARM64 : MACOS_X86_64;
        }
        throw new UncheckedIOException(new IOException("No redis-server on the PATH, and embedded-redis ships none for "
                                                       + osName + " " + osArch + ": install redis-server"));
    }

    public int port() {
        return port;
    }

    /** The URI the component is given, password included. */
    public String uri() {
        return "redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port;
    }

    public synchronized void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(executable(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"));
        if (password != null) {
            command.addAll(List.of("--requirepass", password));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(this::answers);
    }

    /** Kills the server, as a crash would. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    private boolean answers() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[64];
            int n = in.read(answer);
            String text = new String(answer, 0, Math.max(0, n), StandardCharsets.US_ASCII);
            return text.startsWith("+PONG") || text.startsWith("-NOAUTH");
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
