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
package io.github.camelkommo.releasecheck;

import org.apache.camel.dsl.jbang.core.commands.CamelJBangMain;

/**
 * The {@code camel} command: what Camel JBang's launcher does with its arguments, without JBang itself.
 */
public final class CamelCli {

    private CamelCli() {
    }

    /**
     * Runs one Camel CLI command, such as {@code run route.yaml --dep=...}, and exits with its exit code.
     *
     * @param args the command and its options, as typed after {@code camel}
     */
    public static void main(String[] args) {
        CamelJBangMain.run(args);
    }
}
