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
import java.util.Optional;

import io.github.camelkommo.maven.diff.CodeUsage;
import io.github.camelkommo.maven.diff.SchemaChange;
import io.github.camelkommo.maven.diff.SchemaDiff;
import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.SchemaFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the committed snapshot with the live account and reports every custom field, option, pipeline, stage,
 * user, task type or loss reason that was removed (or recreated under a new id), renamed, or changed type, and what
 * is new. A breaking change of an item the code uses (its generated constant, or a field's or option's name as a
 * string literal, in the project's sources) fails the build, naming the change and the file:line that uses it;
 * {@code failOn} says what fails. Run {@code snapshot} and {@code generate} again to take the changes.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractKommoMojo {

    /** When the build fails. */
    public enum FailOn {
        /** On a breaking change of an item the code uses (the default). */
        used,
        /** On any breaking change, used or not. */
        breaking,
        /** Never: breaking changes are warnings. */
        never
    }

    /**
     * When the build fails: {@code used} (a breaking change of an item the code uses), {@code breaking} (any removed,
     * renamed or retyped item), or {@code never} (warnings only).
     */
    @Parameter(property = "kommo.diff.failOn", defaultValue = "used")
    private FailOn failOn;

    /**
     * Where to look for uses of the schema: the project's Java, Kotlin, Groovy and YAML sources. The generated
     * handles are not looked at.
     */
    @Parameter(property = "kommo.diff.sourceDirectories", defaultValue = "${project.basedir}/src")
    private List<File> sourceDirectories;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped");
            return;
        }
        AccountSchema committed;
        try {
            committed = SchemaFile.read(snapshotFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<SchemaChange> changes = SchemaDiff.between(committed, readLive());
        if (changes.isEmpty()) {
            getLog().info("The live Kommo account matches " + snapshotFile);
            return;
        }
        CodeUsage usage = new CodeUsage(project.getBasedir().toPath(),
                sourceDirectories.stream().map(File::toPath).toList());
        List<String> failures = new ArrayList<>();
        for (SchemaChange change : changes) {
            Optional<String> use = change.breaking() ? usage.firstUse(change) : Optional.empty();
            String line = change.description() + (change.reference() == null ? "" : ": " + change.reference())
                          + use.map(u -> ", used at " + u).orElse(change.breaking() ? ", not used" : "");
            if (!change.breaking()) {
                getLog().info(line);
            } else if (failOn == FailOn.breaking || failOn == FailOn.used && use.isPresent()) {
                getLog().error(line);
                failures.add(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("The live Kommo account differs from " + relative(snapshotFile)
                                           + " in " + failures.size() + " item(s) the code uses:\n  "
                                           + String.join("\n  ", failures)
                                           + "\nFix the code, then run the snapshot and generate goals again (or set "
                                           + "kommo.diff.failOn=never to only warn).");
        }
    }

    private String relative(File path) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Path file = path.toPath().toAbsolutePath();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace(File.separatorChar, '/');
    }
}
