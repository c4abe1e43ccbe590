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

import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.KommoConnection;
import io.github.camelkommo.maven.schema.SchemaReader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that read an account share: where the account is, how to reach it, and where its snapshot file is.
 * The token is never logged.
 */
abstract class AbstractKommoMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * The account's subdomain: {@code acme} for https://acme.kommo.com. When unset, the environment variable
     * {@code KOMMO_SUBDOMAIN} gives it.
     */
    @Parameter(property = "kommo.subdomain")
    protected String subdomain;

    /** The account's domain: kommo.com, amocrm.ru or amocrm.com. */
    @Parameter(property = "kommo.domain", defaultValue = "kommo.com")
    protected String domain;

    /**
     * The API's base URL, instead of subdomain and domain: a sandbox's ({@code http://127.0.0.1:8080}, as the
     * {@code sandbox} goal sets it) or a proxy's.
     */
    @Parameter(property = "kommo.baseUrl")
    protected String baseUrl;

    /**
     * The access token (a long-lived token of a private integration). When unset, the environment variable
     * {@code KOMMO_API_KEY} gives it. Prefer the environment variable or a property from settings.xml to writing it
     * in a POM; the plugin never prints it.
     */
    @Parameter(property = "kommo.accessToken")
    protected String accessToken;

    /**
     * The schema snapshot: written by {@code snapshot}, read by {@code generate} and {@code diff}. Commit it, so
     * builds need no account and changes of the account show in review.
     */
    @Parameter(property = "kommo.snapshotFile", defaultValue = "${project.basedir}/src/main/kommo/kommo-schema.json")
    protected File snapshotFile;

    /** Skips the goal. */
    @Parameter(property = "kommo.skip", defaultValue = "false")
    protected boolean skip;

    /** The account these parameters name. */
    protected KommoConnection connection() {
        return new KommoConnection(baseUrl, subdomain, domain, accessToken);
    }

    /** Reads the account's schema live, through the kommo component. */
    protected AccountSchema readLive() throws MojoExecutionException {
        KommoConnection connection = connection();
        getLog().info("Reading the Kommo schema of " + connection.describe());
        try {
            return new SchemaReader().read(connection);
        } catch (Exception e) {
            throw new MojoExecutionException("Could not read the Kommo schema of " + connection.describe() + ": "
                                             + rootMessage(e) + " (set kommo.subdomain and kommo.accessToken, the "
                                             + "environment variables KOMMO_SUBDOMAIN and KOMMO_API_KEY, or "
                                             + "kommo.baseUrl, e.g. from the sandbox goal)",
                    e);
        }
    }

    /** The message of a failure's innermost cause that has one. */
    protected static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
