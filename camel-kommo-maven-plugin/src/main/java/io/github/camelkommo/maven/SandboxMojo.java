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
package io.github.camelkommo.maven;

import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the Kommo sandbox (camel-kommo-sandbox, a strict local emulator of the API with a demo account) for the rest
 * of the build, on 127.0.0.1 and a free port, and sets the project properties {@code kommo.baseUrl} and
 * {@code kommo.accessToken} to it, so the goals after it ({@code snapshot}, {@code generate -Dkommo.live},
 * {@code diff}) and other plugins' configuration ({@code ${kommo.baseUrl}}, e.g. exec:java's system properties) use
 * it. It stops when the build ends. For development and integration tests; the demo account's ids are the same on
 * every start.
 */
@Mojo(name = "sandbox", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class SandboxMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The port to listen on; 0 takes a free one. */
    @Parameter(property = "kommo.sandbox.port", defaultValue = "0")
    private int port;

    /** The token the sandbox accepts. */
    @Parameter(property = "kommo.sandbox.token", defaultValue = "sandbox-token")
    private String token;

    /** Whether the demo account also has leads, contacts, companies and tasks (its schema is there either way). */
    @Parameter(property = "kommo.sandbox.seed", defaultValue = "true")
    private boolean seed;

    /** Skips the goal. */
    @Parameter(property = "kommo.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("Skipped");
            return;
        }
        KommoSandbox sandbox = KommoSandbox.builder().host("127.0.0.1").port(port).token(token).seed(seed).start();
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "kommo-sandbox-stop"));
        project.getProperties().setProperty("kommo.baseUrl", sandbox.baseUrl());
        project.getProperties().setProperty("kommo.accessToken", sandbox.token());
        getLog().info("Kommo sandbox listening on " + sandbox.baseUrl() + " until the build ends (kommo.baseUrl, "
                      + "kommo.accessToken set)");
    }
}
