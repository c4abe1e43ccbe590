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

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.camelkommo.maven.validate.ComponentCatalog;
import io.github.camelkommo.maven.validate.KommoUri;
import io.github.camelkommo.maven.validate.RouteSources;
import io.github.camelkommo.maven.validate.UriCheck;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks every {@code kommo:} URI of the project's Java and YAML route sources against the kommo component's
 * catalog: the entity, each option's name and value, and that the operation is one the entity supports. Fails with
 * {@code file:line} and the valid choices for each problem, so {@code kommo:leads?operaton=create} or
 * {@code kommo:pipelines?operation=create} fail the build rather than a route at startup. Needs no account.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The directories whose Java, Kotlin, Groovy and YAML files are checked. */
    @Parameter(property = "kommo.validate.sourceDirectories", defaultValue = "${project.basedir}/src")
    private List<File> sourceDirectories;

    /** Whether a problem fails the build; when false, problems are warnings. */
    @Parameter(property = "kommo.validate.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Skips the goal. */
    @Parameter(property = "kommo.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped");
            return;
        }
        List<KommoUri> uris;
        UriCheck check;
        try {
            check = new UriCheck(ComponentCatalog.load());
            uris = RouteSources.scan(sourceDirectories.stream().map(File::toPath).toList());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (KommoUri uri : uris) {
            for (UriCheck.Problem problem : check.check(uri)) {
                String line = relative(uri.file()) + ":" + problem.line() + ": " + uri.uri() + ": " + problem.message();
                problems.add(line);
                if (failOnError) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        getLog().info("Checked " + uris.size() + " kommo: URIs, " + problems.size() + " problem(s)");
        if (failOnError && !problems.isEmpty()) {
            throw new MojoFailureException(problems.size() + " invalid kommo: URI(s):\n  "
                                           + String.join("\n  ", problems));
        }
    }

    private String relative(Path file) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString()
                .replace(File.separatorChar, '/');
    }
}
