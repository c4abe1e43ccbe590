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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.camelkommo.maven.codegen.GeneratedSources;
import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.SchemaFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java handles of an account's schema, from the snapshot file (or the live account with {@code live}):
 * {@code LeadFields}, {@code ContactFields} and {@code CompanyFields} with a constant per custom field
 * ({@code LeadFields.BUDGET}) and per option ({@code LeadFields.SOURCE.WEB}), {@code Pipelines} with their stages
 * ({@code Pipelines.SALES.QUALIFIED}), {@code Users}, {@code TaskTypes} and {@code LossReasons}. Field handles
 * implement the component's {@code FieldHandle} and options its {@code OptionHandle}, so
 * {@code lead.field(LeadFields.SOURCE, LeadFields.SOURCE.WEB)} works and a misspelt field fails compilation. The
 * output directory is added to the project's compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractKommoMojo {

    /** The package of the generated classes. */
    @Parameter(property = "kommo.packageName", defaultValue = "${project.groupId}.kommo")
    private String packageName;

    /** Where the sources are written; it becomes a compile source root. */
    @Parameter(property = "kommo.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/kommo")
    private File outputDirectory;

    /** Reads the live account instead of the snapshot file (the connection parameters then apply). */
    @Parameter(property = "kommo.live", defaultValue = "false")
    private boolean live;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipped");
            return;
        }
        GeneratedSources sources;
        try {
            sources = new GeneratedSources(packageName);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        AccountSchema schema = live ? readLive() : readSnapshot();
        Path root = outputDirectory.toPath();
        try {
            deleteStale(root.resolve(packageName.replace('.', File.separatorChar)));
            int count = sources.write(schema, live ? "the live account"
                                                   : project.getBasedir().toPath()
                                                           .relativize(snapshotFile.toPath().toAbsolutePath())
                                                           .toString()
                                                           .replace(File.separatorChar, '/'),
                    root).size();
            getLog().info("Generated " + count + " Kommo handle classes in " + packageName + " (" + root + ")");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the sources to " + root + ": " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(root.toString());
    }

    private AccountSchema readSnapshot() throws MojoExecutionException {
        try {
            return SchemaFile.read(snapshotFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Removes what an earlier run generated, so a field removed from the schema leaves no class behind. */
    private static void deleteStale(Path packageDir) throws IOException {
        if (!Files.isDirectory(packageDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(packageDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Files.delete(file);
            }
        }
    }
}
