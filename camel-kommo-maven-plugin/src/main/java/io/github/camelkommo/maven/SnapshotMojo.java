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

import java.io.IOException;

import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.SchemaFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reads an account's schema (the custom fields of leads, contacts and companies with their options and groups, the
 * pipelines and stages, users, task types and loss reasons) through the kommo component, and writes it as JSON to
 * {@code snapshotFile}, to commit. Every list is sorted by id, so an unchanged account gives an unchanged file.
 */
@Mojo(name = "snapshot", threadSafe = true)
public class SnapshotMojo extends AbstractKommoMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipped");
            return;
        }
        AccountSchema schema = readLive();
        try {
            SchemaFile.write(schema, snapshotFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + snapshotFile + ": " + e.getMessage(), e);
        }
        int fields = AccountSchema.CARD_ENTITIES.stream().mapToInt(e -> schema.fields(e).size()).sum();
        getLog().info("Wrote " + snapshotFile + ": " + fields + " custom fields, " + schema.pipelines().size()
                      + " pipelines, " + schema.users().size() + " users, " + schema.taskTypes().size()
                      + " task types, " + schema.lossReasons().size() + " loss reasons");
    }
}
